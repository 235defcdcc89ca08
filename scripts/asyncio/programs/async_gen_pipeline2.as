# Async generator pipeline stages closed with aclose(); generators with zip/islice; anext default.
import asyncio
import itertools


async def ticker(n, delay=0.01):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker closed")


async def amap(func, agen):
    async for x in agen:
        yield func(x)


async def afilter(pred, agen):
    async for x in agen:
        if pred(x):
            yield x


async def take(agen, n):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == n:
            break
    return out


def numbers():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("numbers generator closed")


async def main():
    source = ticker(20)
    evens = afilter(lambda x: x % 2 == 0, source)
    pipeline = amap(lambda x: x * x, evens)
    print("first 3 even squares:", await take(pipeline, 3))
    for stage in (pipeline, evens, source):
        await stage.aclose()
        print("closed", stage.__name__)
    print([x async for x in ticker(3)])
    gen = numbers()
    print(list(zip(gen, "abc")))
    print(list(itertools.islice(gen, 2)))
    gen.close()
    gen2 = numbers()
    pairs = list(zip(range(3), gen2))
    print(pairs, next(gen2))
    gen2.close()
    ag = ticker(5)
    print(await anext(ag), await anext(ag))
    await ag.aclose()
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("exhausted after aclose")
    print(await anext(ticker(0), "default"))


asyncio.run(main())
