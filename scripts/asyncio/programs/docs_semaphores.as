# asyncio docs, Semaphore and BoundedSemaphore: limiting concurrency, locked(), ValueError on over-release.
import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    log = []
    async def job(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            log.append(f"start {i}")
            await asyncio.sleep(0.06 * (1 + i % 2) + 0.015 * i)
            log.append(f"end {i}")
            active -= 1
    await asyncio.gather(*(job(i) for i in range(5)))
    print("peak", peak)
    print(log)
    print(sem.locked(), sem._value)
    s0 = asyncio.Semaphore(0)
    print("zero locked", s0.locked())
    s0.release()
    s0.release()
    print("released twice", s0._value)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    print(await sem.acquire())
    sem.release()

asyncio.run(main())
