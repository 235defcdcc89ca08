# asyncio docs, Lock and Event: async with lock, locked(), Event wait/set/clear, is_set.
import asyncio

async def waiter(event, name, log):
    log.append(f'{name} waiting for it ...')
    await event.wait()
    log.append(f'{name} ... got it!')

async def main():
    lock = asyncio.Lock()
    log = []
    async def critical(n):
        async with lock:
            log.append(f"enter {n} locked={lock.locked()}")
            await asyncio.sleep(0.02)
            log.append(f"exit {n}")
    await asyncio.gather(*(critical(i) for i in range(3)))
    print("\n".join(log)); log.clear()
    print(lock.locked())
    await lock.acquire()
    try:
        print("acquired manually", lock.locked())
    finally:
        lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()
    waiter_task = asyncio.create_task(waiter(event, "w1", log))
    w2 = asyncio.create_task(waiter(event, "w2", log))
    await asyncio.sleep(0.02)
    print("is_set", event.is_set())
    event.set()
    await waiter_task
    await w2
    print("\n".join(log))
    event.clear()
    print("cleared", event.is_set())
    event.set()
    print(await event.wait())
    try:
        await asyncio.wait_for(asyncio.Event().wait(), 0.02)
    except TimeoutError:
        print("event wait timed out")

asyncio.run(main())
