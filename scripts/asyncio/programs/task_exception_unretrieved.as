# Task exceptions read with exception(), and one never retrieved.
import asyncio


async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise RuntimeError(f"worker {n} crashed")
    return n


async def main():
    tasks = [asyncio.create_task(worker(i), name=f"worker-{i}") for i in range(4)]
    await asyncio.sleep(0.1)
    print([t.done() for t in tasks])
    print("exception:", repr(tasks[2].exception()))
    print("results:", [t.result() for t in tasks if t.exception() is None])
    t = asyncio.create_task(worker(2), name="forgotten")
    await asyncio.sleep(0.1)
    print("forgot to check", t.get_name())
    del t


asyncio.run(main())
print("done")
