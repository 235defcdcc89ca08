# Checks: LifoQueue returns the most recently put item first; it blocks putters when bounded.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for i in range(5):
        await q.put(i)
    print(str(q))
    print([await q.get() for _ in range(3)])
    q.put_nowait("x")
    print(str(q), q.qsize())
    print([q.get_nowait() for _ in range(q.qsize())])

    b = asyncio.LifoQueue(2)

    async def put_all():
        for c in "abcd":
            await b.put(c)
            print("put", c, str(b))

    t = asyncio.create_task(put_all())
    await asyncio.sleep(0)
    for _ in range(4):
        print("got", await b.get())
        await asyncio.sleep(0)
    await t
    print(isinstance(q, asyncio.Queue), isinstance(b, asyncio.PriorityQueue))


asyncio.run(main())
