# aclosing() makes sure an async generator's cleanup runs when the consumer stops early;
# nullcontext works with async with; an async context manager used as a decorator.
import asyncio
from contextlib import aclosing, nullcontext, asynccontextmanager


async def ticker(limit):
    try:
        for i in range(limit):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("ticker cleanup")


async def take_until(n):
    async with aclosing(ticker(10)) as ticks:
        async for t in ticks:
            if t == n:
                print("stopping at", t)
                break
            print("tick", t)


@asynccontextmanager
async def timed(label):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield
    finally:
        print(f"{label} took {round(loop.time() - start, 1)}s")


@timed("fetch")
async def fetch(n):
    await asyncio.sleep(0.5 * n)
    return n * 10


async def main():
    await take_until(2)
    async with nullcontext("resource") as r:
        print("nullcontext gave", r)
    print(await fetch(1))
    print(await fetch(2))
    print(fetch.__name__)

    class Conn:
        async def aclose(self):
            print("Conn.aclose awaited")

    async with aclosing(Conn()):
        print("using conn")


asyncio.run(main())
