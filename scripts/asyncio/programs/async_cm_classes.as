# Async context managers and iterators written as classes: __aenter__/__aexit__/__aiter__/__anext__.
import asyncio

class AsyncConnection:
    def __init__(self, name):
        self.name = name
        self.open = False
    async def __aenter__(self):
        await asyncio.sleep(0.001)
        self.open = True
        print(f"open {self.name}")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.001)
        self.open = False
        print(f"close {self.name}", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        self.n -= 1
        return self.n + 1

class Ticker:
    def __init__(self, n):
        self.n = n
    async def __aiter__(self):
        for i in range(self.n):
            yield i

async def main():
    async with AsyncConnection("db") as conn:
        print("inside", conn.open)
    async with AsyncConnection("swallow"):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with AsyncConnection("propagate"):
            raise ValueError("propagated")
    except ValueError as e:
        print("caught", e)
    async with AsyncConnection("a") as a, AsyncConnection("b") as b:
        print(a.name, b.name)
    print([i async for i in Countdown(3)])
    async for i in Ticker(3):
        print("tick", i)
    try:
        async with object():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with AsyncConnection("sync"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

asyncio.run(main())
