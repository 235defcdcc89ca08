# Checks: an uncaught over-release of a BoundedSemaphore ends the script with ValueError.
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    print("balanced release ok")
    sem.release()


asyncio.run(main())
