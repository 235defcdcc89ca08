# An async for left by break drops its async generator: the loop's finalizer hook schedules
# its aclose() in a task of its own (which takes the next task number) on a later turn.
import asyncio


async def counter(label):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(label, "closed in", asyncio.current_task().get_name())


async def worker():
    print("worker is", asyncio.current_task().get_name())


async def main():
    async for x in counter("first"):
        if x == 1:
            break
    print("broke out")
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("created", t.get_name())
    await t
    for i in range(3):
        await asyncio.sleep(0)
        print("turn", i)


asyncio.run(main())


async def second():
    print("second run is", asyncio.current_task().get_name())

asyncio.run(second())
