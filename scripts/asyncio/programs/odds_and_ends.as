# Odds and ends: a types.coroutine awaiting a future, shield passing an error, uncancel before the first step, wait_for on a cancelled future, Timeout.reschedule, _GatheringFuture.
import asyncio, types

@types.coroutine
def legacy_wait(fut):
    result = yield from fut
    return result * 2

async def boom():
    await asyncio.sleep(0.01)
    raise OSError("disk full")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 21)
    print("legacy:", await legacy_wait(fut))
    inner = asyncio.create_task(boom())
    try:
        await asyncio.shield(inner)
    except OSError as e:
        print("shield passes error:", e)
    t = asyncio.create_task(asyncio.sleep(1, "slept"))
    t.cancel()
    print("uncancel:", t.uncancel(), t.cancelling())
    try:
        print(await t)
    except asyncio.CancelledError:
        print("still cancelled")
    f2 = loop.create_future()
    w = asyncio.create_task(asyncio.wait_for(f2, 1))
    await asyncio.sleep(0)
    f2.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("wait_for of a cancelled future raises CancelledError")
    async with asyncio.timeout(5) as cm:
        old = cm.when()
        cm.reschedule(old + 1)
        print("rescheduled by", round(cm.when() - old, 3))
    print(repr(cm).split(" ")[0], cm.expired())
    g = asyncio.gather(asyncio.sleep(0, "a"), asyncio.sleep(0, "b"))
    print(type(g).__name__, await g)
    print(await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.01, "shielded")), 1))

asyncio.run(main())

