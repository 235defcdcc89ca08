# A worker pool as an async context manager: a job Queue, results and a Counter of outcomes.
import asyncio
from collections import Counter

class WorkerPool:
    def __init__(self, size):
        self.size = size
        self.queue = asyncio.Queue()
        self.results = {}
        self.stats = Counter()

    async def _worker(self, wid):
        while True:
            job_id, fn, args = await self.queue.get()
            try:
                self.results[job_id] = await fn(*args)
                self.stats["ok"] += 1
            except Exception as e:
                self.results[job_id] = e
                self.stats[type(e).__name__] += 1
            finally:
                self.queue.task_done()

    async def __aenter__(self):
        self.workers = [asyncio.create_task(self._worker(i)) for i in range(self.size)]
        return self

    async def __aexit__(self, *exc):
        await self.queue.join()
        for w in self.workers:
            w.cancel()
        await asyncio.gather(*self.workers, return_exceptions=True)

    def submit(self, job_id, fn, *args):
        self.queue.put_nowait((job_id, fn, args))

async def compute(x):
    await asyncio.sleep(0.001 * (x % 3))
    if x % 5 == 0:
        raise ValueError(f"multiple of five: {x}")
    if x == 7:
        raise ZeroDivisionError("seven")
    return x * x

async def main():
    async with WorkerPool(3) as pool:
        for i in range(1, 13):
            pool.submit(i, compute, i)
    for k in sorted(pool.results):
        v = pool.results[k]
        print(k, v if not isinstance(v, Exception) else f"{type(v).__name__}({v})")
    print(sorted(pool.stats.items()))

asyncio.run(main())
