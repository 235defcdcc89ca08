import asyncio
from . import registry


async def _consumer(name, queue, out):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.01 * item)
        out.append(item * item)
        registry.log(name, f"squared {item}")
        queue.task_done()


async def run(items, consumers):
    queue = asyncio.Queue()
    out = []
    tasks = [asyncio.create_task(_consumer(f"c{i}", queue, out)) for i in range(consumers)]
    for item in items:
        queue.put_nowait(item)
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return sum(out)
