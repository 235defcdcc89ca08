# run_in_executor with the default and a ThreadPoolExecutor, to_thread, errors from threads.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def blocking_work(n):
    time.sleep(0.01)
    return sum(i * i for i in range(n))

def fails(x):
    raise ValueError(f"cannot handle {x}")

async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, blocking_work, 100)
    print("default executor:", r1)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, blocking_work, n) for n in (10, 20, 30)]
        print("pool:", await asyncio.gather(*futs))
    r2 = await asyncio.to_thread(blocking_work, 50)
    print("to_thread:", r2)
    try:
        await asyncio.to_thread(fails, 7)
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(asyncio.to_thread(fails, 1), asyncio.to_thread(blocking_work, 3), return_exceptions=True)
    print([repr(r) for r in res])
    with ThreadPoolExecutor() as ex:
        print(list(ex.map(lambda x: x * 2, range(5))))
        f = ex.submit(pow, 2, 10)
        print(f.result())

asyncio.run(main())
