# str() of queues as getters, putters and unfinished tasks come and go.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q))
    await q.put(1)
    print(str(q))
    getter_q = asyncio.Queue()
    t = asyncio.create_task(getter_q.get())
    await asyncio.sleep(0)
    print(str(getter_q))
    getter_q.put_nowait("x")
    print(await t, str(getter_q))
    q.put_nowait(2)
    p = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    await p
    q.task_done()
    print(str(q), q.qsize())
    pq = asyncio.PriorityQueue()
    print(str(pq), str(asyncio.LifoQueue(5)))


asyncio.run(main())
