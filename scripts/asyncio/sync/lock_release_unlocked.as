# Checks: releasing a Lock that is not held raises RuntimeError('Lock is not acquired.'),
# including a second release after a successful one.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("again:", repr(e))
    print(lock.locked())
    lock.release()


asyncio.run(main())
