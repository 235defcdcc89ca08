# Event, Condition (wait_for, notify(n), notify_all) and Lock coordination between tasks.
import asyncio

async def waiter(event, name, log):
    log.append(f"{name} waiting")
    await event.wait()
    log.append(f"{name} released")

async def main():
    log = []
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0.01)
    log.append(f"is_set={ev.is_set()}")
    ev.set()
    await asyncio.gather(*tasks)
    print("\n".join(log))
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []
    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            item = items.pop(0)
            print(f"{name} got {item}")

    async def producer():
        for i in range(3):
            await asyncio.sleep(0.005)
            async with cond:
                items.append(i)
                cond.notify()
    await asyncio.gather(consumer("A"), consumer("B"), consumer("C"), producer())

    lock = asyncio.Lock()
    counter = 0
    async def inc():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(inc() for _ in range(20)))
    print("counter", counter, lock.locked())

    cond2 = asyncio.Condition()
    woke = []
    async def sleeper(i):
        async with cond2:
            await cond2.wait()
            woke.append(i)
    ts = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0.005)
    async with cond2:
        cond2.notify(2)
    await asyncio.sleep(0.005)
    print("after notify(2)", sorted(woke))
    async with cond2:
        cond2.notify_all()
    await asyncio.gather(*ts)
    print("after notify_all", sorted(woke))

asyncio.run(main())
