# Seed 002 ("Creating coroutines using async syntax"): the first coroutine definition, run with
# asyncio.run(); calling it alone only creates a coroutine object.
import asyncio


async def my_coroutine():
    print("Hello coroutine")

coro = my_coroutine()
print(type(coro).__name__, asyncio.iscoroutine(coro))
result = asyncio.run(coro)
print(result)
