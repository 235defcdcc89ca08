# Async generators started but still unfinished when asyncio.run ends are closed by the
# loop's shutdown_asyncgens(), after the leftover tasks are cancelled; one never started is
# not tracked; one finished (and dropped as main returns) is not closed again.
import asyncio


async def gen(tag):
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    finally:
        print(tag, "finally in", asyncio.current_task().get_name())


async def loiter():
    try:
        await asyncio.sleep(10)
    finally:
        print("loiter cancelled")


keep = []


async def main():
    a = gen("a")
    await a.__anext__()
    b = gen("b")
    c = gen("never started")
    d = gen("finished")
    async for _ in d:
        pass
    keep.extend([a, b, c])
    asyncio.create_task(loiter())
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("after run")


async def again():
    print("next run is", asyncio.current_task().get_name())

asyncio.run(again())
