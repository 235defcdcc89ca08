# types.coroutine returns an async def function unchanged; a non-callable is a TypeError.
import asyncio
import types


@types.coroutine
async def fetch(n):
    await asyncio.sleep(0.1)
    return n * 2


async def main():
    print(await fetch(21))
    print(asyncio.iscoroutinefunction(fetch), fetch.__name__)
    try:
        types.coroutine(5)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
