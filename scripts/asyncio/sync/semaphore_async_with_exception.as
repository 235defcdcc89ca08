# Checks: `async with semaphore` gives the count back when the body raises, so later tasks
# still get in; the exception propagates to the caller.
import asyncio


async def job(sem, n):
    async with sem:
        print(f"job {n} in, locked={sem.locked()}")
        await asyncio.sleep(0)
        if n % 2:
            raise ValueError(f"job {n} failed")
        return n


async def main():
    sem = asyncio.Semaphore(2)
    r = await asyncio.gather(*(job(sem, n) for n in range(6)), return_exceptions=True)
    print([x if isinstance(x, int) else f"{type(x).__name__}: {x}" for x in r])
    print("locked:", sem.locked())
    async with sem:
        async with sem:
            print("both units held:", sem.locked())
    print("released:", sem.locked())


asyncio.run(main())
