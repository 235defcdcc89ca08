# PriorityQueue of ordered dataclass jobs, LifoQueue, QueueEmpty/QueueFull, a timed-out put, queue str().
import asyncio
import random
from dataclasses import dataclass, field
from typing import AsyncIterator

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False)

async def source(n) -> AsyncIterator[Job]:
    rng = random.Random(7)
    for i in range(n):
        await asyncio.sleep(0)
        yield Job(rng.randint(1, 5), f"job{i}", {"size": rng.randint(10, 99)})

async def stage_enqueue(q: asyncio.PriorityQueue, n: int):
    async for job in source(n):
        await q.put(job)
    print("enqueued", q.qsize())

async def stage_process(q: asyncio.PriorityQueue, out: asyncio.Queue, worker: str):
    while not q.empty():
        job = q.get_nowait()
        await asyncio.sleep(0.001 * job.payload["size"] / 10)
        await out.put((worker, job.priority, job.name))
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    out = asyncio.Queue()
    await stage_enqueue(q, 10)
    order = []
    while not q.empty():
        order.append(q.get_nowait())
    print([(j.priority, j.name) for j in order])
    for j in order:
        q.put_nowait(j)
    await asyncio.gather(*(stage_process(q, out, f"w{i}") for i in range(1)))
    results = []
    while not out.empty():
        results.append(out.get_nowait())
    print(results)
    lifo = asyncio.LifoQueue()
    for i in range(3):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(3)])
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    full = asyncio.Queue(1)
    full.put_nowait("x")
    try:
        full.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        await asyncio.wait_for(full.put("z"), 0.01)
    except asyncio.TimeoutError:
        print("put timed out", full.qsize())
    print(str(q), str(full), str(lifo))

asyncio.run(main())
