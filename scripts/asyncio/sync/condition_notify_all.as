# Checks: notify_all() wakes every waiter; they reacquire the lock one after another, in the
# order they waited (async with on the Condition).
import asyncio


async def waiter(name, cond, state):
    async with cond:
        while not state["ready"]:
            await cond.wait()
        print(f"{name} sees ready, locked={cond.locked()}")
        await asyncio.sleep(0)
        print(f"{name} leaves")


async def main():
    cond = asyncio.Condition()
    state = {"ready": False}
    ws = [asyncio.create_task(waiter(f"w{i}", cond, state)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()  # spurious: ready is still False
    await asyncio.sleep(0)
    async with cond:
        state["ready"] = True
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ws)


asyncio.run(main())
