# Checks: once tasks wait on a Semaphore, a newcomer cannot overtake them even when a
# release() leaves the counter above zero; locked() reports True while waiters are pending.
import asyncio


async def taker(name, sem, log):
    log.append(f"{name} asks (locked={sem.locked()})")
    await sem.acquire()
    log.append(f"{name} in")


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    ts = [asyncio.create_task(taker(n, sem, log)) for n in "abc"]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    log.append(f"released twice, locked={sem.locked()}")
    ts.append(asyncio.create_task(taker("newcomer", sem, log)))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append(f"locked={sem.locked()}")
    sem.release()
    sem.release()
    await asyncio.gather(*ts)
    for line in log:
        print(line)
    print("locked at end:", sem.locked())


asyncio.run(main())
