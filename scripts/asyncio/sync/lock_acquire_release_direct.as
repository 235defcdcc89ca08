# Checks: Lock.acquire()/release() used directly with try/finally (no async with), an
# exception in the protected section still releases the lock.
import asyncio


async def job(lock, name, fail):
    await lock.acquire()
    try:
        print(f"{name} working, locked={lock.locked()}")
        await asyncio.sleep(0)
        if fail:
            raise RuntimeError(f"{name} failed")
        return name
    finally:
        lock.release()
        print(f"{name} released")


async def main():
    lock = asyncio.Lock()
    r = await asyncio.gather(job(lock, "a", False), job(lock, "b", True), job(lock, "c", False),
                             return_exceptions=True)
    print([str(x) for x in r])
    print(lock.locked())


asyncio.run(main())
