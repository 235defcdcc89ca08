# Checks: an exception raised inside `async with lock` releases the lock and propagates; the
# next waiter then gets the lock.
import asyncio


async def failing(lock):
    async with lock:
        print("failing: inside, locked =", lock.locked())
        await asyncio.sleep(0)
        raise KeyError("boom")


async def waiter(lock):
    async with lock:
        print("waiter: got the lock")
    return "ok"


async def main():
    lock = asyncio.Lock()
    t1 = asyncio.create_task(failing(lock))
    t2 = asyncio.create_task(waiter(lock))
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print([repr(x) for x in r])
    print("locked:", lock.locked())
    try:
        async with lock:
            raise ValueError("inner")
    except ValueError as e:
        print("caught", e, "locked:", lock.locked())


asyncio.run(main())
