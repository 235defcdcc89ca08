# Checks: str(queue) shows maxsize, the items, the numbers of blocked getters and putters and of
# unfinished tasks, for Queue, LifoQueue and PriorityQueue.
import asyncio


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls(2)
        print(str(q))
        getters = [asyncio.create_task(q.get()) for _ in range(2)]
        await asyncio.sleep(0)
        print(str(q))
        q.put_nowait(5)
        q.put_nowait(1)
        print(str(q))
        await asyncio.sleep(0)
        print(str(q), [g.result() for g in getters])
        for i in (3, 1, 2):
            q.put_nowait(i) if not q.full() else None
        putters = [asyncio.create_task(q.put(i)) for i in (9, 8)]
        await asyncio.sleep(0)
        print(str(q))
        for _ in range(4):
            q.get_nowait()
            q.task_done()
            await asyncio.sleep(0)
            print(str(q))
        print(q.empty(), q.full(), q.maxsize)
        q.task_done()
        q.task_done()
        print(str(q))
    print(str(asyncio.Queue(-3)), asyncio.Queue(-3).full())


asyncio.run(main())
