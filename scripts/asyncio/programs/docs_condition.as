# asyncio docs, Condition: wait, wait_for predicate, notify(n), notify_all, errors without the lock.
import asyncio

async def consumer(cond, items, name, log):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        log.append(f"{name} consumed {item}")

async def main():
    cond = asyncio.Condition()
    items = []
    log = []
    consumers = [asyncio.create_task(consumer(cond, items, f"c{i}", log)) for i in range(3)]
    await asyncio.sleep(0.02)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0.02)
    await asyncio.gather(*consumers)
    print("\n".join(log))

    woke = []
    async def sleeper(n):
        async with cond:
            await cond.wait()
            woke.append(n)
    ts = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0.02)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.02)
    print("after notify(2):", sorted(woke))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("after notify_all:", sorted(woke))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock held:", lock.locked())
    async with cond:
        r = await cond.wait_for(lambda: "already true")
        print("wait_for returns", r)

asyncio.run(main())
