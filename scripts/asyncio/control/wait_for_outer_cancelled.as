# wait_for: when the task awaiting wait_for is itself cancelled, the inner task is cancelled
# too and has finished before CancelledError reaches the waiter.
import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner: finally")


async def waiter(holder):
    t = asyncio.create_task(inner())
    holder.append(t)
    try:
        await asyncio.wait_for(t, timeout=10)
    except asyncio.CancelledError as e:
        print("waiter: CancelledError", e.args, "inner done:", t.done(), "inner cancelled:", t.cancelled())
        raise


async def main():
    holder = []
    w = asyncio.create_task(waiter(holder))
    await asyncio.sleep(0.01)
    print("cancelling waiter")
    w.cancel("stop")
    try:
        await w
    except asyncio.CancelledError as e:
        print("main: waiter cancelled", e.args)
    print(w.cancelled(), holder[0].cancelled())


asyncio.run(main())
