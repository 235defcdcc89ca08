# Async generator pipelines, asynccontextmanager, an __aiter__ class, aclose, anext with a default.
import asyncio
from contextlib import asynccontextmanager

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def only_even(source):
    async for x in source:
        if x % 2 == 0:
            yield x

@asynccontextmanager
async def resource(name):
    print(f"open {name}")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"{name} saw {e!r}")
        raise
    finally:
        print(f"close {name}")

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def main():
    print([x async for x in only_even(squares(numbers(10)))])
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("file") as r:
            raise ValueError("boom")
    except ValueError:
        print("propagated")
    total = 0
    async for t in Ticker(5):
        total += t
    print("ticker total", total)
    gen = numbers(100)
    async for v in gen:
        if v == 3:
            break
    await gen.aclose()
    print("closed early at", v)
    agen = squares(numbers(3))
    print(await agen.__anext__(), await anext(agen), await anext(agen))
    print(await anext(agen, "done"))
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
