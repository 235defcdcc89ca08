# Checks: one set() wakes every task waiting on the Event, in the order they started waiting.
import asyncio


async def waiter(name, ev, order):
    await ev.wait()
    order.append(name)
    print(f"{name} proceeds")


async def main():
    ev = asyncio.Event()
    order = []
    tasks = [asyncio.create_task(waiter(f"t{i}", ev, order)) for i in range(5)]
    await asyncio.sleep(0)
    print("nobody proceeded yet:", order)
    ev.set()
    print("set() returned, still:", order)
    await asyncio.gather(*tasks)
    print(order)


asyncio.run(main())
