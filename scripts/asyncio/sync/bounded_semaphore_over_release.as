# Checks: BoundedSemaphore raises ValueError when released more often than acquired, and
# otherwise behaves like Semaphore.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(isinstance(sem, asyncio.Semaphore))
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    await sem.acquire()
    await sem.acquire()
    print("locked:", sem.locked())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError again:", e)
    async with sem:
        print("inside, locked:", sem.locked())
    print(asyncio.BoundedSemaphore().locked())
    try:
        asyncio.BoundedSemaphore(-2)
    except ValueError as e:
        print(e)


asyncio.run(main())
