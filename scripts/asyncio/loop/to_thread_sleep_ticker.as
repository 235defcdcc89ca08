# time.sleep in to_thread workers next to a ticker: the workers' sleeps take as long as the
# ticker's timers say (on the virtual clock a sleeping worker is not busy time).
import asyncio, time

def work(n):
    time.sleep(0.175)
    return n

async def ticker():
    for i in range(10):
        print("tick", i)
        await asyncio.sleep(0.05)

async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.gather(asyncio.to_thread(work, 1), asyncio.to_thread(work, 2)))
    t.cancel()

asyncio.run(main())
