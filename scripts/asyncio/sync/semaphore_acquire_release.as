# Checks: Semaphore acquire()/release() directly: the counter, locked(), blocking at zero,
# FIFO wakeups, release() beyond the initial value (allowed), Semaphore(0), and the
# ValueError for a negative initial value.
import asyncio


async def taker(name, sem):
    print(f"{name} acquiring")
    print(f"{name} acquired: {await sem.acquire()}")


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked(), await sem.acquire(), sem.locked(), await sem.acquire(), sem.locked())
    ts = [asyncio.create_task(taker(n, sem)) for n in "abc"]
    await asyncio.sleep(0)
    print("releasing one")
    sem.release()
    await asyncio.sleep(0)
    print("releasing two")
    sem.release()
    sem.release()
    await asyncio.gather(*ts)
    print("locked:", sem.locked())
    for _ in range(5):
        sem.release()
    print("after extra releases locked:", sem.locked())

    zero = asyncio.Semaphore(0)
    print("Semaphore(0) locked:", zero.locked())
    t = asyncio.create_task(taker("z", zero))
    await asyncio.sleep(0)
    zero.release()
    await t
    print(asyncio.Semaphore().locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
