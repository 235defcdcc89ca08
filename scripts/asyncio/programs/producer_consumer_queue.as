# Producers and consumers on a bounded asyncio.Queue: staggered starts, join, cancelling idle consumers.
import asyncio
import random

random.seed(42)

async def producer(queue: asyncio.Queue, name: str, n: int, delay: float):
    for i in range(n):
        item = f"{name}-{i}"
        # a staggered start, then a turn of the loop between items
        await asyncio.sleep(delay if i == 0 else 0)
        await queue.put(item)
        print(f"{name} produced {item} (qsize={queue.qsize()})")
    print(f"{name} done")

async def consumer(queue: asyncio.Queue, name: str, results: list):
    while True:
        item = await queue.get()
        try:
            results.append((name, item))
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    producers = [asyncio.create_task(producer(queue, f"p{i}", 4, 0.03 * (2 * i + 3))) for i in range(3)]
    consumers = [asyncio.create_task(consumer(queue, f"c{i}", results)) for i in range(2)]
    await asyncio.gather(*producers)
    await queue.join()
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(len(results), sorted(item for _, item in results))
    print(queue.empty(), queue.full(), queue.maxsize)

asyncio.run(main())
