# Checks: a producer and two consumers sharing a Queue; task_done() and join() wait for every
# item to be processed; qsize/empty along the way.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"put {i} qsize={q.qsize()}")
        await asyncio.sleep(0)
    print("producer done")


async def consumer(name, q, seen):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        seen.append(item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue()
    print("empty:", q.empty(), "qsize:", q.qsize(), "maxsize:", q.maxsize, "full:", q.full())
    seen = []
    consumers = [asyncio.create_task(consumer(f"c{i}", q, seen)) for i in range(2)]
    await producer(q, 6)
    await q.join()
    print("joined; seen:", sorted(seen), "empty:", q.empty())
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
