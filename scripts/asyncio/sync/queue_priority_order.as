# Checks: PriorityQueue returns the smallest item first (tuples compare element-wise); its
# str() shows the binary-heap layout of the stored items.
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (5, "e"), (9, "i"), (2, "b2"), (6, "f")]:
        q.put_nowait(item)
        print(str(q))
    out = []
    while not q.empty():
        out.append(q.get_nowait())
        print(str(q))
    print(out)

    # A blocked getter receives the smallest item present when it runs.
    q2 = asyncio.PriorityQueue()

    async def getter():
        return await q2.get()

    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    q2.put_nowait(10)
    q2.put_nowait(3)
    q2.put_nowait(7)
    print(await t, q2.qsize())


asyncio.run(main())
