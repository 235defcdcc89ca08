# run_in_executor with the default and an explicit pool, to_thread, errors from workers.
import asyncio
import concurrent.futures
import time
import threading


def blocking_io(n):
    time.sleep(0.05 * n)
    return f"io-{n}"


def cpu_bound(n):
    return sum(i * i for i in range(n))


def fails(x):
    raise ValueError(f"bad input {x}")


async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking_io, 1)
    print("default executor:", r)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, blocking_io, i) for i in range(1, 4)))
        print("pool:", results)
        print("cpu:", await loop.run_in_executor(pool, cpu_bound, 10000))
    try:
        await loop.run_in_executor(None, fails, 3)
    except ValueError as e:
        print("executor raised:", e)
    r = await asyncio.to_thread(blocking_io, 2)
    print("to_thread:", r)
    t = asyncio.create_task(asyncio.to_thread(cpu_bound, 100))
    print("task from to_thread:", await t)
    print("thread name in worker differs:", await asyncio.to_thread(lambda: threading.current_thread() is not threading.main_thread()))
    fut = loop.run_in_executor(None, blocking_io, 1)
    print("executor future type:", type(fut).__name__)
    print(await fut)


asyncio.run(main())
print("done")
