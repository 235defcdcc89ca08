# Soak: N failing tasks (default 500,000) in batches of 10,000; the exceptions of half of
# them are retrieved, the other half's are never looked at (each is reported on stderr as
# "Task exception was never retrieved" when the task is dropped). Peak RSS must not grow with
# N (bench/soak.sh). Prints how many exceptions were retrieved and how many tasks failed.
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
BATCH = 10_000


async def fail(i):
    raise ValueError(i)


async def main():
    retrieved = failed = 0
    for start in range(0, N, BATCH):
        batch = [asyncio.create_task(fail(i)) for i in range(start, min(start + BATCH, N))]
        await asyncio.wait(batch)
        for k, task in enumerate(batch):
            failed += task.done() and not task.cancelled()
            if k % 2 == 0:
                retrieved += isinstance(task.exception(), ValueError)
        del batch, task
    print(retrieved, failed)


asyncio.run(main())
