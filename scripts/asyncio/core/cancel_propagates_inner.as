# Cancelling an outer task that awaits an inner task cancels the inner task too (the outer's
# cancellation is forwarded to what it waits on); the inner's except runs first, then the
# outer's. Awaiting a plain coroutine (no task) cancels at the innermost await.
import asyncio

async def inner(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"inner {name}: cancelled")
        raise

async def outer_task():
    try:
        await asyncio.create_task(inner("task"))
    except asyncio.CancelledError:
        print("outer_task: cancelled")
        raise

async def outer_coro():
    try:
        await inner("coro")
    except asyncio.CancelledError:
        print("outer_coro: cancelled")
        raise

async def main():
    for fn in (outer_task, outer_coro):
        t = asyncio.create_task(fn())
        await asyncio.sleep(0.1)
        t.cancel()
        try:
            await t
        except asyncio.CancelledError:
            print(fn.__name__, "cancelled:", t.cancelled())
    print("tasks left:", len(asyncio.all_tasks()))

asyncio.run(main())
