# Checks: Condition.notify() wakes one waiter at a time, in FIFO order; notify(2) wakes two;
# wait() returns True and holds the lock again when it returns.
import asyncio


async def waiter(name, cond):
    await cond.acquire()
    try:
        print(f"{name} waiting")
        r = await cond.wait()
        print(f"{name} woke: {r}, locked={cond.locked()}")
    finally:
        cond.release()


async def main():
    cond = asyncio.Condition()
    ws = [asyncio.create_task(waiter(f"w{i}", cond)) for i in range(5)]
    await asyncio.sleep(0)
    for n in (1, 2, 1, 1):
        await cond.acquire()
        print(f"notify({n})")
        cond.notify(n)
        cond.release()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.gather(*ws)
    await cond.acquire()
    cond.notify()  # nobody waiting: nothing happens
    cond.release()
    print("done, locked:", cond.locked())


asyncio.run(main())
