# Producer/consumer with a bounded Queue, None sentinels and queue.join() (tutorial pattern).
import asyncio

async def producer(name, queue, n, delay):
    for i in range(n):
        item = f"{name}-{i}"
        await asyncio.sleep(delay)
        await queue.put(item)
        print(f"{name} produced {item} (qsize={queue.qsize()})")
    print(f"{name} done")


async def consumer(name, queue, results, delay):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            print(f"{name} got sentinel, exiting")
            break
        await asyncio.sleep(delay)
        results.append((name, item))
        print(f"{name} consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    producers = [asyncio.create_task(producer(f"P{i}", queue, 4, d)) for i, d in enumerate([0.11, 0.27])]
    consumers = [asyncio.create_task(consumer(f"C{i}", queue, results, d)) for i, d in enumerate([0.37, 0.53, 0.71])]
    await asyncio.gather(*producers)
    print("all producers finished")
    for _ in consumers:
        await queue.put(None)
    await queue.join()
    await asyncio.gather(*consumers)
    print("processed", len(results), "items")
    by_consumer = {}
    for name, item in results:
        by_consumer.setdefault(name, []).append(item)
    for name in sorted(by_consumer):
        print(name, by_consumer[name])
    print("queue empty:", queue.empty(), "full:", queue.full())


asyncio.run(main())
