# aiter() and anext(): reading an async stream a piece at a time, with and without a default.
import asyncio


class Feed:
    """An async iterator over lines that arrive with a delay."""

    def __init__(self, lines):
        self._lines = list(lines)

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0.01)
        if not self._lines:
            raise StopAsyncIteration
        return self._lines.pop(0)


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def first_or(stream, default):
    return await anext(aiter(stream), default)


async def main():
    feed = Feed(["header", "row 1", "row 2"])
    it = aiter(feed)
    print(it is feed, await anext(it))
    print([line async for line in it])
    print(await anext(it, "<eof>"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))

    gen = numbers(4)
    print(await anext(gen), await anext(gen), await anext(gen, -1))
    print(await first_or(numbers(0), "empty"), await first_or(Feed(["only"]), "empty"))
    print(await anext(numbers(3)), await anext(numbers(0), None))

    for bad in (3, [1, 2]):
        for fn in (aiter, anext):
            try:
                fn(bad)
            except TypeError as e:
                print(fn.__name__, type(e).__name__, e)

    class BadAiter:
        def __aiter__(self):
            return 42

    try:
        aiter(BadAiter())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        anext()
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
