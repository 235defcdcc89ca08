# asyncio docs, as_completed: results in completion order, and a timeout.
import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}"

async def main():
    coros = [fetch("slow", 0.09), fetch("fast", 0.03), fetch("mid", 0.06)]
    for coro in asyncio.as_completed(coros):
        earliest_result = await coro
        print(earliest_result)
    try:
        for coro in asyncio.as_completed([fetch("a", 0.02), fetch("b", 0.5)], timeout=0.1):
            print(await coro)
    except TimeoutError:
        print("as_completed timed out")
    it = asyncio.as_completed([fetch("x", 0.01)])
    print(type(it).__name__ in ("generator", "_AsCompletedIterator"))
    print(await next(iter(it)))

asyncio.run(main())
