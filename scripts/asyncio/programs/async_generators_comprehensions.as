# Async generators and comprehensions: async for, async list/set/dict comprehensions, await in comprehensions.
import asyncio

async def mygen(u: int = 10):
    i = 0
    while i < u:
        yield 2 ** i
        i += 1
        await asyncio.sleep(0.001)

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    g = [i async for i in mygen()]
    f = [j async for j in mygen() if not (j // 3 % 5)]
    print(g)
    print(f)
    s = {i % 7 async for i in mygen(8)}
    print(sorted(s))
    d = {i: str(i) async for i in mygen(4)}
    print(d)
    sq = [await square(x) for x in range(5)]
    print(sq)
    nested = [[y async for y in mygen(n)] for n in range(3)]
    print(nested)
    gen = (x + 1 async for x in mygen(3))
    print(type(gen).__name__, [v async for v in gen])
    agen = mygen(3)
    print(type(agen).__name__, await agen.__anext__(), await anext(agen), await anext(agen))
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(mygen(0), "default"))
    async for v in mygen(2):
        print("loop", v)
    else:
        print("else clause")

asyncio.run(main())
