# Real Python "Async IO in Python": asyncq.py producer/consumer with seeded random sizes and delays.
import asyncio
import itertools as it
import random

counter = it.count()

async def makeitem(size: int = 5) -> str:
    return f"item{next(counter):03d}-{size}"

async def randsleep(caller=None, units=1) -> None:
    i = random.randint(0, 10)
    if caller:
        print(f"{caller} sleeping for {i} units.")
    await asyncio.sleep(i * 0.01 * units)

async def produce(name: int, q: asyncio.Queue) -> None:
    n = random.randint(1, 4)
    for _ in it.repeat(None, n):
        await randsleep(caller=f"Producer {name}", units=name + 1)
        i = await makeitem()
        t = len(q._queue)
        await q.put((i, t))
        print(f"Producer {name} added <{i}> to queue.")

async def consume(name: int, q: asyncio.Queue, log) -> None:
    while True:
        await randsleep(caller=f"Consumer {name}", units=name + 2)
        i, t = await q.get()
        log.append(i)
        q.task_done()

async def main(nprod: int, ncon: int):
    q = asyncio.Queue()
    log = []
    producers = [asyncio.create_task(produce(n, q)) for n in range(nprod)]
    consumers = [asyncio.create_task(consume(n, q, log)) for n in range(ncon)]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    print("consumed", sorted(log))

if __name__ == "__main__":
    random.seed(444)
    asyncio.run(main(2, 2))
