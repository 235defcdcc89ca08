# types.coroutine: generator-based coroutines can be awaited, run as tasks, and yield from
# coroutines; plain generators cannot be awaited.
import asyncio, types
@types.coroutine
def legacy(n):
    yield from asyncio.sleep(0)
    r = yield from asyncio.sleep(0, n)
    return r * 2
async def co():
    return 1
@types.coroutine
def legacy2():
    x = yield from co()
    return x + 1
def plain():
    yield
async def main():
    print(await legacy(3))
    print(await legacy2())
    g = legacy(1)
    print(type(g).__name__, asyncio.iscoroutine(g))
    print(await asyncio.gather(legacy(5), legacy2()))
    t = asyncio.ensure_future(legacy(6)); print(await t)
    try: asyncio.create_task(legacy(1))
    except TypeError as e: print("TE", str(e)[:28])
    try: await plain()
    except TypeError as e: print("TE", e)
    print(types.coroutine(co) is co)
    def notgen(): return 5
    print(types.coroutine(notgen)())
asyncio.run(main())
