# Typing coroutines: annotations with Coroutine/Awaitable/AsyncIterator, inspect predicates.
import asyncio
import inspect
from typing import Any, AsyncIterator, Awaitable, Callable, Coroutine
from collections.abc import Coroutine as ABCCoroutine, Awaitable as ABCAwaitable, AsyncGenerator

async def fetch(n: int) -> str:
    await asyncio.sleep(0)
    return str(n)

async def numbers(k: int) -> AsyncIterator[int]:
    for i in range(k):
        yield i

def run_twice(f: Callable[[int], Awaitable[str]]) -> Coroutine[Any, Any, list]:
    async def go():
        return [await f(1), await f(2)]
    return go()

async def main():
    print(fetch.__annotations__)
    c = fetch(3)
    print(isinstance(c, ABCCoroutine), isinstance(c, ABCAwaitable), inspect.isawaitable(c))
    print(inspect.iscoroutine(c), inspect.iscoroutinefunction(fetch), inspect.isasyncgenfunction(numbers))
    print(await c)
    g = numbers(2)
    print(isinstance(g, AsyncGenerator), inspect.isasyncgen(g))
    print([x async for x in g])
    print(await run_twice(fetch))
    t = asyncio.create_task(fetch(5))
    print(isinstance(t, ABCAwaitable), inspect.isawaitable(t), asyncio.iscoroutine(t))
    await t
    print(Coroutine[Any, Any, int])
    print(asyncio.iscoroutinefunction(lambda: None), asyncio.iscoroutine(iter([])))

asyncio.run(main())
