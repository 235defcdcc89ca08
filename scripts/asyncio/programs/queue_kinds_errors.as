# Queue, PriorityQueue, LifoQueue: ordering, maxsize, QueueFull/QueueEmpty, task_done too often.
import asyncio

async def main():
    for cls in (asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue):
        q = cls()
        for x in [3, 1, 2]:
            await q.put(x)
        print(cls.__name__, [q.get_nowait() for _ in range(3)])
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full(), q.qsize())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    q.get_nowait(); q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", type(e).__mro__[1].__name__)
    q.task_done(); q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    bounded = asyncio.Queue(1)
    async def producer():
        for i in range(4):
            await bounded.put(i)
            print("put", i)
        await bounded.put(None)
    async def consumer():
        while (item := await bounded.get()) is not None:
            print("got", item)
            await asyncio.sleep(0.02)
    await asyncio.gather(producer(), consumer())

    pq = asyncio.PriorityQueue()
    for job in [(2, "write"), (1, "read"), (3, "sleep"), (1, "alpha")]:
        pq.put_nowait(job)
    while not pq.empty():
        print(pq.get_nowait())
    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.03)
    except TimeoutError:
        print("get timed out")
    print(repr(asyncio.Queue(maxsize=5)).split(" at ")[0])

asyncio.run(main())
