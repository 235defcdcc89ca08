# A running-average async generator driven by asend/athrow/aclose.
import asyncio


async def averager():
    total = 0.0
    count = 0
    average = None
    try:
        while True:
            try:
                value = yield average
            except ValueError as e:
                print("athrow handled:", e)
                average = None
                continue
            await asyncio.sleep(0)
            total += value
            count += 1
            average = total / count
    finally:
        print("averager closing after", count, "values")


async def main():
    avg = averager()
    print(await avg.asend(None))
    for v in [10, 20, 30]:
        print("avg:", await avg.asend(v))
    print("after athrow:", await avg.athrow(ValueError("bad reading")))
    print("avg:", await avg.asend(40))
    await avg.aclose()
    try:
        await avg.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    print(avg.ag_running, avg.ag_frame)

    async def countdown(n):
        while n:
            yield n
            n -= 1

    cd = countdown(3)
    print([x async for x in cd])
    try:
        await cd.athrow(RuntimeError("after end"))
    except RuntimeError as e:
        print("athrow on finished generator:", e)


asyncio.run(main())
