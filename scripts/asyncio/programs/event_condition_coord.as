# Event start signal, Condition.wait_for inventory, notify(n)/notify_all, misuse errors.
import asyncio


class Inventory:
    def __init__(self):
        self.items = []
        self.cond = asyncio.Condition()

    async def add(self, item):
        async with self.cond:
            self.items.append(item)
            print("added", item)
            self.cond.notify()

    async def take(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            print(who, "took", item)
            return item


async def waiter(name, event):
    print(name, "waiting for start signal")
    await event.wait()
    print(name, "got the signal")


async def main():
    start = asyncio.Event()
    waiters = [asyncio.create_task(waiter(f"w{i}", start)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("is_set before:", start.is_set())
    start.set()
    await asyncio.gather(*waiters)
    start.clear()
    print("is_set after clear:", start.is_set())

    inv = Inventory()
    takers = [asyncio.create_task(inv.take(f"t{i}")) for i in range(3)]
    await asyncio.sleep(0.05)
    for item in ["apple", "pear", "plum"]:
        await inv.add(item)
        await asyncio.sleep(0.01)
    print(await asyncio.gather(*takers))

    cond = asyncio.Condition()
    ready = []

    async def listener(i):
        async with cond:
            await cond.wait()
            ready.append(i)

    ls = [asyncio.create_task(listener(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print("after notify(2):", ready)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ls)
    print("after notify_all:", ready)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
