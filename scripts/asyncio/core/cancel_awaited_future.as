# Cancelling a task that is waiting on a Future cancels that Future too; the task gets
# CancelledError at its await. Cancelling the Future directly instead makes the waiting task
# get CancelledError, but the task itself can catch it and finish normally.
import asyncio

async def waiter(fut, name):
    try:
        return await fut
    except asyncio.CancelledError:
        print(f"{name}: CancelledError at await fut")
        raise

async def tolerant(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("tolerant: future was cancelled under me")
    return "tolerant finished"

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t1 = asyncio.create_task(waiter(f1, "t1"))
    await asyncio.sleep(0)
    t1.cancel()
    await asyncio.sleep(0)
    print("f1 cancelled:", f1.cancelled(), "t1 done:", t1.done())
    await asyncio.sleep(0)
    print("t1 cancelled:", t1.cancelled())

    f2 = loop.create_future()
    t2 = asyncio.create_task(tolerant(f2))
    await asyncio.sleep(0)
    f2.cancel()
    print(await t2, "t2 cancelled:", t2.cancelled())

asyncio.run(main())
