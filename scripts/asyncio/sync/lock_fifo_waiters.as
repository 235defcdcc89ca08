# Checks: tasks blocked in Lock.acquire() get the lock in the order they asked for it
# (acquire/release called directly); acquire() returns True.
import asyncio


async def worker(name, lock, order):
    print(f"{name} wants the lock")
    r = await lock.acquire()
    order.append(name)
    print(f"{name} has the lock ({r})")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f"{name} releases")
    lock.release()


async def main():
    lock = asyncio.Lock()
    order = []
    print(await lock.acquire(), lock.locked())
    tasks = [asyncio.create_task(worker(f"w{i}", lock, order)) for i in range(4)]
    await asyncio.sleep(0)
    print("main releases")
    lock.release()
    # A newcomer arriving while others wait must queue behind them.
    await asyncio.sleep(0)
    late = asyncio.create_task(worker("late", lock, order))
    await asyncio.gather(*tasks, late)
    print(order)
    print(lock.locked())


asyncio.run(main())
