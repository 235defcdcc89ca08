# A producer/consumer pipeline whose last stage is cut short by wait_for: the trace test
# runs it with and without --trace and compares the timeline with pipeline.json.
import asyncio


async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        await q.put(i)
        print("produced", i)
    await q.put(None)


async def consumer(q, lock, results):
    while True:
        item = await q.get()
        if item is None:
            return len(results)
        async with lock:
            await asyncio.sleep(0.05)
            results.append(item * item)
        print("consumed", item)


async def slow():
    await asyncio.sleep(10)


async def main():
    q = asyncio.Queue(maxsize=2)
    lock = asyncio.Lock()
    results = []
    prod = asyncio.create_task(producer(q, 3), name="producer")
    cons = asyncio.create_task(consumer(q, lock, results), name="consumer")
    n = await cons
    await prod
    print("results", results, n)
    try:
        await asyncio.wait_for(slow(), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
