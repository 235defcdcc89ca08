# Cleanup code inside `except CancelledError` can itself await (the task keeps running until
# it re-raises); other tasks interleave with the cleanup.
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: cleanup 1")
        await asyncio.sleep(1.0)
        print("worker: cleanup 2")
        await asyncio.sleep(1.0)
        print("worker: cleanup done, re-raising")
        raise

async def ticker():
    for i in range(4):
        print("ticker", i)
        await asyncio.sleep(0.75)

async def main():
    w = asyncio.create_task(worker())
    await asyncio.sleep(0)
    w.cancel()
    t = asyncio.create_task(ticker())
    try:
        await w
    except asyncio.CancelledError:
        print("main: worker cancelled:", w.cancelled())
    await t

asyncio.run(main())
