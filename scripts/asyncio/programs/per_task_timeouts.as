# Per-request timeouts with wait_for and asyncio.timeout inside gather.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name}:{delay}"


async def fetch_with_timeout(name, delay, timeout):
    try:
        return await asyncio.wait_for(fetch(name, delay), timeout)
    except asyncio.TimeoutError:
        return f"{name}:timeout"


async def main():
    jobs = [("a", 0.1), ("b", 0.6), ("c", 0.3), ("d", 0.9)]
    results = await asyncio.gather(*(fetch_with_timeout(n, d, 0.5) for n, d in jobs))
    print(results)
    async def guarded(n, d):
        async with asyncio.timeout(0.4):
            return await fetch(n, d)
    results = await asyncio.gather(*(guarded(n, d) for n, d in jobs), return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])


asyncio.run(main())
