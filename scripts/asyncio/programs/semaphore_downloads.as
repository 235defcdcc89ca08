# A download pool limited by asyncio.Semaphore; BoundedSemaphore over-release.
import asyncio
import time

MAX_CONCURRENT = 3
active = 0
peak = 0


async def download(sem, url, size):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"start {url} (active={active}, sem locked={sem.locked()})")
        await asyncio.sleep(size * 0.01)
        active -= 1
        print(f"done {url}")
        return url, size * 1024


async def main():
    sem = asyncio.Semaphore(MAX_CONCURRENT)
    urls = {f"https://example.com/file{i}.bin": s for i, s in enumerate([3, 8, 12, 12, 14, 6, 10, 14])}
    tasks = [asyncio.create_task(download(sem, u, s), name=u.rsplit("/", 1)[1]) for u, s in urls.items()]
    print([t.get_name() for t in tasks])
    results = await asyncio.gather(*tasks)
    total = sum(size for _, size in results)
    print(f"downloaded {len(results)} files, {total} bytes, peak concurrency {peak}")
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        pass
    try:
        bs.release()
    except ValueError as e:
        print("BoundedSemaphore:", e)
    print(repr(sem)[:1], type(sem).__name__)


start = time.perf_counter()
asyncio.run(main())
print("elapsed ok:", time.perf_counter() - start >= 0)
