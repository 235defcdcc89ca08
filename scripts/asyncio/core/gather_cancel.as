# Cancelling the future returned by gather() cancels every child that has not finished yet; a
# child that already finished keeps its result; awaiting the gather raises CancelledError.
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name}: finished")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(child(n, d)) for n, d in [("quick", 0.1), ("slow1", 5), ("slow2", 5)]]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.5)
    print("g.cancel() ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("await gather raised CancelledError")
    for t in tasks:
        print(t.get_name(), "cancelled:", t.cancelled())
    print("quick result:", tasks[0].result())

asyncio.run(main())
