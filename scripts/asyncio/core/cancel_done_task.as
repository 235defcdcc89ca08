# cancel() on a task that already finished (returned, raised, or was cancelled) does nothing and
# returns False; the task keeps its result or exception.
import asyncio

async def ok():
    return "ok"

async def bad():
    raise ValueError("bad")

async def forever():
    await asyncio.sleep(10)

async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    t3 = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("t3.cancel() first time:", t3.cancel())
    await asyncio.sleep(0)
    for t in (t1, t2, t3):
        print(t.get_name(), "done:", t.done(), "cancel():", t.cancel(), "cancelled:", t.cancelled())
    print("t1 result:", t1.result())
    print("t2 exception:", repr(t2.exception()))

asyncio.run(main())
