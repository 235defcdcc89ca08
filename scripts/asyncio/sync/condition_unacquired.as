# Checks: wait() and notify() without holding the Condition's lock raise RuntimeError;
# a Condition built on an existing Lock shares its state.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("notify_all:", e)
    try:
        await cond.wait_for(lambda: False)
    except RuntimeError as e:
        print("wait_for:", e)
    print(await cond.wait_for(lambda: 42))

    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    await lock.acquire()
    print("shared:", c2.locked())
    c2.notify()
    c2.release()
    print("lock after c2.release():", lock.locked())
    try:
        c2.release()
    except RuntimeError as e:
        print("release:", e)


asyncio.run(main())
