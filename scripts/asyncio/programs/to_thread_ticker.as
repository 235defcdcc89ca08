# Blocking reads in to_thread next to an asyncio ticker: threads and timers interleave.
import asyncio
import time


def blocking_read(name, seconds):
    time.sleep(seconds)
    return f"{name} read {seconds}s"


async def ticker(stop):
    n = 0
    while not stop.is_set():
        print("tick", n)
        n += 1
        await asyncio.sleep(0.05)
    return n


async def main():
    stop = asyncio.Event()
    t = asyncio.create_task(ticker(stop))
    results = await asyncio.gather(
        asyncio.to_thread(blocking_read, "disk", 0.22),
        asyncio.to_thread(blocking_read, "net", 0.12),
    )
    print(results)
    stop.set()
    print("ticks:", await t)


asyncio.run(main())
