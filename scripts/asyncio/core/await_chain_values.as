# Return values travel back through chains of awaits, including tuples, None and values built on
# the way up, and through awaited tasks in the middle of the chain.
import asyncio

async def leaf(x):
    await asyncio.sleep(0)
    return x * 2

async def middle(x):
    a = await leaf(x)
    b = await asyncio.create_task(leaf(a))
    return a, b

async def top(xs):
    out = []
    for x in xs:
        a, b = await middle(x)
        out.append(a + b)
    return out

async def nothing():
    await leaf(1)

async def main():
    print(await top([1, 2, 3]))
    print(await nothing())
    print(await leaf(await leaf(await leaf(1))))
    print([await leaf(i) for i in range(4)])

asyncio.run(main())
