# Benchmark: an asyncio pipeline — a producer and four workers over an asyncio.Queue, a
# Semaphore, namedtuple jobs, dataclass(order=True) results in a heapq, json.dumps(sort_keys),
# Counter and defaultdict stats, an lru_cache, wait_for timing out; prints the results.
import asyncio
import dataclasses
import heapq
import json
from collections import Counter, defaultdict, deque, namedtuple
from functools import lru_cache

Job = namedtuple("Job", "id kind payload")


@dataclasses.dataclass(order=True)
class Result:
    priority: int
    job_id: int
    value: str = dataclasses.field(compare=False, default="")


@lru_cache(maxsize=256)
def weight(kind):
    return sum(ord(c) for c in kind) % 7


async def producer(q, n):
    kinds = ["alpha", "beta", "gamma", "delta"]
    for i in range(n):
        await q.put(Job(i, kinds[i % 4], {"n": i, "tags": ["x", "y"][: i % 3]}))
        if i % 50 == 0:
            await asyncio.sleep(0)
    for _ in range(4):
        await q.put(None)


async def worker(name, q, out, sem, stats):
    while True:
        job = await q.get()
        if job is None:
            q.task_done()
            return
        async with sem:
            w = weight(job.kind)
            text = json.dumps(job.payload, sort_keys=True)
            heapq.heappush(out, Result(w, job.id, text))
            stats[name] += 1
            stats[job.kind] += len(text)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=100)
    out = []
    sem = asyncio.Semaphore(3)
    stats = Counter()
    workers = [asyncio.create_task(worker(f"w{i}", q, out, sem, stats)) for i in range(4)]
    await producer(q, 20000)
    await q.join()
    await asyncio.gather(*workers)
    top = [heapq.heappop(out) for _ in range(5)]
    print(top[0], len(out))
    print(sorted(stats.items()))
    by_w = defaultdict(list)
    for r in out:
        by_w[r.priority].append(r.job_id)
    print({k: len(v) for k, v in sorted(by_w.items())})
    recent = deque(maxlen=3)
    for r in sorted(out)[:10]:
        recent.append(r.job_id)
    print(recent, weight.cache_info())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    s = ""
    for r in out[:1000]:
        s += r.value[:3]
    print(len(s))


asyncio.run(main())
