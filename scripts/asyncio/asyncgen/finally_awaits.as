# The finally block of a finalized async generator may await: its aclose() task runs it
# over several turns, interleaved with the main task.
import asyncio


async def resource():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup start")
        await asyncio.sleep(0)
        print("cleanup middle")
        await asyncio.sleep(0.01)
        print("cleanup end")


async def main():
    async for x in resource():
        print("got", x)
        break
    for i in range(4):
        await asyncio.sleep(0)
        print("main turn", i)
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
