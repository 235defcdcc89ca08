# A rate limiter as an async context manager over asyncio.Semaphore; BoundedSemaphore's over-release.
import asyncio

class RateLimiter:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0

    async def __aenter__(self):
        await self.sem.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.active -= 1
        self.sem.release()
        return False

async def fetch(limiter, url, delay):
    async with limiter:
        print(f"start {url} active={limiter.active}")
        await asyncio.sleep(delay)
        print(f"end {url}")
        return len(url)

async def main():
    limiter = RateLimiter(2)
    urls = [f"https://example.com/page/{i}" for i in range(6)]
    delays = [0.18, 0.06, 0.2, 0.06, 0.24, 0.03]
    results = await asyncio.gather(*(fetch(limiter, u, d) for u, d in zip(urls, delays)))
    print(results)
    print("peak", limiter.peak)
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("locked?", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    print(repr(sem).startswith("<asyncio.locks.BoundedSemaphore"))

asyncio.run(main())
