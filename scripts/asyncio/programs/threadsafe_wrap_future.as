# A threading.Thread feeds the loop with call_soon_threadsafe; wrap_future; run_coroutine_threadsafe.
import asyncio
import concurrent.futures
import threading
import time


def worker_thread(loop, queue, n):
    for i in range(n):
        time.sleep(0.01)
        loop.call_soon_threadsafe(queue.put_nowait, i)
    loop.call_soon_threadsafe(queue.put_nowait, None)


def compute(x):
    time.sleep(0.02)
    return x * 10


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    th = threading.Thread(target=worker_thread, args=(loop, queue, 5))
    th.start()
    got = []
    while (item := await queue.get()) is not None:
        got.append(item)
    th.join()
    print("from thread:", got)

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        cf = pool.submit(compute, 4)
        af = asyncio.wrap_future(cf)
        print("wrapped type:", type(af).__name__)
        print("wrap_future result:", await af)
        cfs = [pool.submit(compute, i) for i in range(3)]
        print(await asyncio.gather(*map(asyncio.wrap_future, cfs)))

    async def coro_in_loop(x):
        await asyncio.sleep(0.01)
        return x + 1

    def from_other_thread():
        fut = asyncio.run_coroutine_threadsafe(coro_in_loop(41), loop)
        return fut.result(timeout=5)

    print("run_coroutine_threadsafe:", await asyncio.to_thread(from_other_thread))


asyncio.run(main())
