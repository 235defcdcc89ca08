import asyncio
import heapq
from collections import namedtuple
from itertools import count

Job = namedtuple("Job", "priority seq name cost")


class JobQueue:
    def __init__(self):
        self._heap = []
        self._seq = count()
        self._ready = asyncio.Event()

    def submit(self, priority, name, cost):
        heapq.heappush(self._heap, Job(priority, next(self._seq), name, cost))
        self._ready.set()

    async def take(self):
        while not self._heap:
            self._ready.clear()
            await self._ready.wait()
        return heapq.heappop(self._heap)


async def worker(wid, queue, log):
    while True:
        job = await queue.take()
        if job.name == "stop":
            return
        await asyncio.sleep(job.cost)
        log.append((wid, job.name))
        print(f"worker {wid} did {job.name} (p{job.priority})")


async def main():
    q = JobQueue()
    log = []
    for p, name, cost in [(2, "resize", 0.02), (1, "billing", 0.01), (3, "email", 0.01), (1, "audit", 0.03)]:
        q.submit(p, name, cost)
    workers = [asyncio.create_task(worker(i, q, log)) for i in range(2)]
    await asyncio.sleep(0.1)
    q.submit(9, "stop", 0)
    q.submit(9, "stop", 0)
    await asyncio.gather(*workers)
    print(sorted(name for _, name in log))

asyncio.run(main())
