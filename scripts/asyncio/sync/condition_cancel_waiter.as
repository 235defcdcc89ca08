# Checks: a task cancelled while in Condition.wait() reacquires the lock before the
# CancelledError propagates; the other waiters are still notified.
import asyncio


async def waiter(name, cond):
    await cond.acquire()
    try:
        await cond.wait()
        print(f"{name} notified")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled, holds lock: {cond.locked()}")
        raise
    finally:
        cond.release()


async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(n, cond)) for n in "abc"]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify(2)
    cond.release()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([x if isinstance(x, str) else type(x).__name__ for x in r])
    print(cond.locked())


asyncio.run(main())
