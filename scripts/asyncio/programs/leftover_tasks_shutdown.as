# asyncio.run's end: queued callbacks and task steps still run, a leftover task is cancelled.
import asyncio


async def background(name, delay):
    try:
        print(f"{name} started")
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled at shutdown")
        await asyncio.sleep(0)
        print(f"{name} cleanup done")
        raise
    finally:
        print(f"{name} finally")


async def fire_and_forget(name):
    print(f"{name} ran its first step")


async def main():
    tasks = [asyncio.create_task(background(f"bg{i}", i + 1)) for i in range(3)]
    await asyncio.sleep(2.5)
    print("main returns with", sum(not t.done() for t in tasks), "pending")
    asyncio.create_task(fire_and_forget("late"))
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "queued callback runs")
    loop.call_later(0, print, "zero-delay timer runs")
    loop.call_later(1, print, "this timer never runs")


asyncio.run(main())
print("after run")
