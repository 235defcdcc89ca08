# An async generator that yields again while being closed: the aclose() task the finalizer
# made fails with RuntimeError, reported as never retrieved when it ends; the default
# exception handler prints it on stderr.
import asyncio


async def stubborn():
    try:
        yield 1
    finally:
        print("finally yields")
        yield 2


async def main():
    async for x in stubborn():
        break
    await asyncio.sleep(0)
    print("slept")
    await asyncio.sleep(0)
    print("slept again")


asyncio.run(main())
print("done")
