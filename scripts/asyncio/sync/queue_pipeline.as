# Checks: a three-stage pipeline of queues with sentinel values and several workers per stage.
import asyncio


async def source(out, n, workers):
    for i in range(n):
        await out.put(i)
    for _ in range(workers):
        await out.put(None)


async def square(name, inq, outq, log):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            inq.task_done()
            break
        log.append((name, item))
        await asyncio.sleep(0)
        await outq.put(item * item)
        inq.task_done()


async def sink(inq, n_none):
    total, seen_none, items = 0, 0, []
    while seen_none < n_none:
        item = await inq.get()
        if item is None:
            seen_none += 1
        else:
            items.append(item)
            total += item
    return total, sorted(items)


async def main():
    a = asyncio.Queue(3)
    b = asyncio.Queue(2)
    log = []
    workers = [asyncio.create_task(square(f"w{i}", a, b, log)) for i in range(3)]
    sink_task = asyncio.create_task(sink(b, 3))
    await source(a, 10, 3)
    await a.join()
    total, items = await sink_task
    await asyncio.gather(*workers)
    print(total, items)
    print(log)


asyncio.run(main())
