# A cache with a Lock per key (hit/miss/waited), Event and Semaphore waits, a cancelled Queue getter, task_done errors.
import asyncio
class Cache:
    def __init__(self):
        self._data = {}
        self._locks = {}
    async def get_or_compute(self, key, compute):
        if key in self._data:
            return self._data[key], "hit"
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key in self._data:
                return self._data[key], "waited"
            value = await compute(key)
            self._data[key] = value
            return value, "miss"
async def slow_square(k):
    await asyncio.sleep(0.01)
    return k * k
async def main():
    c = Cache()
    res = await asyncio.gather(*(c.get_or_compute(k, slow_square) for k in [2, 3, 2, 2, 3]))
    print(res)
    print(await c.get_or_compute(2, slow_square))
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("event wait timed out", ev.is_set())
    sem = asyncio.Semaphore(0)
    print(sem.locked())
    asyncio.get_running_loop().call_later(0.01, sem.release)
    await sem.acquire()
    print("acquired after release", sem.locked())
    q = asyncio.Queue()
    async def getter():
        return await q.get()
    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("getter cancelled", q.empty(), q.qsize())
    q.put_nowait(1)
    print(await q.get(), q.empty())
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
