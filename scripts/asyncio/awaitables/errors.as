# What await refuses, with CPython's messages; the last one is uncaught.
import asyncio


class ReturnsCoroutine:
    def __await__(self):
        async def inner():
            pass

        coro = inner()
        coro.close()  # no "never awaited" warning
        return coro


class ReturnsInt:
    def __await__(self):
        return 3


class ReturnsList:
    def __await__(self):
        return [1, 2]


class YieldsValue:
    def __await__(self):
        yield 7


class YieldsFutureBare:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        yield self.fut  # not through fut.__await__(): the task refuses it


class Raises:
    def __await__(self):
        raise ValueError("no await today")


class NotAwaitable:
    pass


async def main():
    loop = asyncio.get_running_loop()
    for obj in (ReturnsCoroutine(), ReturnsInt(), ReturnsList(), YieldsValue(), Raises(),
                NotAwaitable(), 42, None):
        try:
            print(await obj)
        except (TypeError, RuntimeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    try:
        await YieldsFutureBare(loop.create_future())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in task ")[0])
    try:
        await asyncio.gather(NotAwaitable())
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.ensure_future(ReturnsInt)  # the class, not an instance
    except TypeError as e:
        print("TypeError:", e)
    await ReturnsInt()


asyncio.run(main())
