# asyncio.iscoroutine / iscoroutinefunction / isfuture on coroutines, coroutine functions,
# futures, tasks, plain functions, generators and other values.
import asyncio

async def coro_fn():
    return 1

def plain():
    return 1

def gen():
    yield 1

async def main():
    c = coro_fn()
    t = asyncio.create_task(coro_fn())
    f = asyncio.get_running_loop().create_future()
    g = gen()
    cases = [("coro_fn", coro_fn), ("coroutine", c), ("task", t), ("future", f),
             ("plain", plain), ("generator", g), ("lambda", lambda: 1), ("int", 5),
             ("Future class", asyncio.Future)]
    for label, obj in cases:
        print(f"{label:13}", asyncio.iscoroutine(obj), asyncio.iscoroutinefunction(obj),
              asyncio.isfuture(obj))
    await c
    await t

asyncio.run(main())
