# "Task exception was never retrieved": a failed task nobody awaits, reported when it is dropped.
import asyncio
import gc

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("nobody looks at me")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.05)
    print("done:", t.done())
    del t
    gc.collect()
    await asyncio.sleep(0.01)
    print("main ends")

asyncio.run(main())
