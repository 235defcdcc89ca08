# Queue corner cases: QueueFull/QueueEmpty, task_done too often, get timeouts, Priority/Lifo queues, a bounded hand-off.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull", q.qsize(), q.full())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q.empty())
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except asyncio.TimeoutError:
        print("get timed out; getters left:", q.empty())
    pq = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2")]:
        await pq.put((prio, job))
    print([await pq.get() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])
    print(q.maxsize, pq.maxsize, asyncio.Queue(0).maxsize)

    q2 = asyncio.Queue(1)

    async def slow_producer():
        for i in range(3):
            await q2.put(i)
            print("put", i)

    t = asyncio.create_task(slow_producer())
    await asyncio.sleep(0)
    print("full after first put:", q2.full())
    while not t.done() or not q2.empty():
        print("got", await q2.get())
        await asyncio.sleep(0)
    await t


asyncio.run(main())
