# Class-based async iterators (__aiter__/__anext__), an __aiter__ async generator, aiter/anext and their errors.
import asyncio


class Countdown:
    def __init__(self, start, delay):
        self.current = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.current -= 1
        return self.current + 1


class Paginator:
    def __init__(self, items, size):
        self.items, self.size = items, size

    async def pages(self):
        for i in range(0, len(self.items), self.size):
            await asyncio.sleep(0)
            yield self.items[i:i + self.size]

    def __aiter__(self):
        return self.pages()


async def main():
    async for n in Countdown(3, 0.01):
        print("countdown", n)
    print([n async for n in Countdown(4, 0)])
    print([page async for page in Paginator(list(range(7)), 3)])
    it = aiter(Countdown(2, 0))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await anext(iter([1]))
    except TypeError as e:
        print("TypeError:", e)
    results = await asyncio.gather(*(asyncio.create_task(collect(Countdown(k, 0.01 * k))) for k in (3, 1, 2)))
    print(results)


async def collect(ait):
    return [x async for x in ait]


asyncio.run(main())
