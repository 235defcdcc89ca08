# asyncio docs, "Queues": workers process a queue of sleep times; task_done/join; cancel the workers.
import asyncio
import random

async def worker(name, queue, log):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        log.append(sleep_for)

async def main():
    random.seed(7)
    queue = asyncio.Queue()
    total_sleep_time = 0
    for _ in range(12):
        sleep_for = random.choice([0.02, 0.04, 0.06])
        total_sleep_time += sleep_for
        queue.put_nowait(sleep_for)
    log = []
    tasks = []
    for i in range(3):
        task = asyncio.create_task(worker(f'worker-{i}', queue, log))
        tasks.append(task)
    await queue.join()
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print('====')
    print(f'3 workers slept in parallel, {len(log)} items')
    print(f'total expected sleep time: {total_sleep_time:.2f} seconds')
    print(sorted(log), len(set(log)))
    print(queue.qsize(), queue.empty(), queue.full(), queue.maxsize)

asyncio.run(main())
