# Checks: cancelling tasks blocked in Semaphore.acquire() (before and after a release woke
# them) gives the count to the next waiter, so no count is lost.
import asyncio


async def taker(name, sem, log):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} acquired")
    return name


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    log = []
    ts = {n: asyncio.create_task(taker(n, sem, log)) for n in "abcd"}
    await asyncio.sleep(0)
    ts["b"].cancel()
    await asyncio.sleep(0)
    print(log)
    sem.release()
    ts["a"].cancel()  # woken by the release, cancelled before it runs
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, sem.locked())
    sem.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    r = await asyncio.gather(*ts.values(), return_exceptions=True)
    print([x if isinstance(x, str) else type(x).__name__ for x in r])
    sem.release()
    sem.release()
    print(sem.locked())


asyncio.run(main())
