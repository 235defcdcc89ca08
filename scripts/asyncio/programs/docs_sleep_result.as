# asyncio docs, "Sleeping": display_date every ~50ms until a deadline, sleep(0), sleep with result=.
import asyncio

async def display_date(n):
    loop = asyncio.get_running_loop()
    end_time = loop.time() + 0.25
    ticks = 0
    while True:
        ticks += 1
        if (loop.time() + 0.05) >= end_time:
            break
        await asyncio.sleep(0.05)
    print("ticks", ticks >= 3, ticks <= 6)

async def main():
    await display_date(1)
    r = await asyncio.sleep(0.01, result="payload")
    print(r)
    r = await asyncio.sleep(0, result=[1, 2])
    print(r)
    print(await asyncio.sleep(0))
    t = asyncio.create_task(asyncio.sleep(0.02, result={"k": 1}))
    print(await t)
    try:
        await asyncio.sleep(-1, result="negative ok")
        print("negative sleep returns immediately")
    except Exception as e:
        print(type(e).__name__, e)
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
