# asyncio docs, run_in_executor: default executor, an explicit ThreadPoolExecutor, errors propagate.
import asyncio
import concurrent.futures
import time

def blocking_io(n):
    time.sleep(0.02 * n)
    return f"io {n}"

def cpu_bound():
    return sum(i * i for i in range(10 ** 5))

async def main():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, blocking_io, 1)
    print('default thread pool', result)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        result = await loop.run_in_executor(pool, cpu_bound)
        print('custom thread pool', result)
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking_io, n) for n in (3, 1, 2)))
        print(rs)
    fut = loop.run_in_executor(None, int, "zz")
    print(isinstance(fut, asyncio.Future))
    try:
        await fut
    except ValueError as e:
        print("ValueError:", e)
    with concurrent.futures.ThreadPoolExecutor() as pool:
        cf = pool.submit(blocking_io, 1)
        print(await asyncio.wrap_future(cf))
        print(cf.done(), cf.result())

asyncio.run(main())
