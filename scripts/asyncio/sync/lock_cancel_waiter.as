# Checks: cancelling a task blocked in Lock.acquire() removes it from the waiters, and the
# others still get the lock in order; a waiter cancelled right after the release woke it
# passes the wakeup on, so no task is left waiting forever.
import asyncio


async def worker(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting, locked={lock.locked()}")
        raise
    try:
        print(f"{name} has the lock")
        await asyncio.sleep(0)
    finally:
        lock.release()
    return name


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(worker("a", lock))
    b = asyncio.create_task(worker("b", lock))
    c = asyncio.create_task(worker("c", lock))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    lock.release()
    r = await asyncio.gather(a, b, c, return_exceptions=True)
    print([x if isinstance(x, str) else type(x).__name__ for x in r])
    print("locked:", lock.locked())

    # Wake d by releasing, then cancel it before it runs: e must still get the lock.
    await lock.acquire()
    d = asyncio.create_task(worker("d", lock))
    e = asyncio.create_task(worker("e", lock))
    await asyncio.sleep(0)
    lock.release()
    d.cancel()
    r = await asyncio.gather(d, e, return_exceptions=True)
    print([x if isinstance(x, str) else type(x).__name__ for x in r])
    print("locked:", lock.locked())

    # Cancelling the only waiter leaves a free lock immediately acquirable.
    await lock.acquire()
    f = asyncio.create_task(worker("f", lock))
    await asyncio.sleep(0)
    f.cancel()
    await asyncio.gather(f, return_exceptions=True)
    lock.release()
    print(await lock.acquire(), lock.locked())


asyncio.run(main())
