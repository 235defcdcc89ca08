# Cancellation corner cases: swallowed CancelledError, await in finally, cancel a gather, cancel twice, cancel done task.
import asyncio

async def swallower(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallowed")
    return "finished anyway"

async def cleanup_with_await(log):
    try:
        await asyncio.sleep(1)
    finally:
        log.append("finally start")
        await asyncio.sleep(0.01)
        log.append("finally end")

async def child(n, log):
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        log.append(f"child {n} cancelled")
        raise

async def main():
    log = []
    t = asyncio.create_task(swallower(log))
    await asyncio.sleep(0.01)
    t.cancel()
    print(await t, t.cancelled())

    t = asyncio.create_task(cleanup_with_await(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("cleanup task cancelled")
    print(log); log.clear()

    g = asyncio.gather(child(1, log), child(2, log))
    await asyncio.sleep(0.01)
    print("gather cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    print(sorted(log)); log.clear()

    g2 = asyncio.gather(child(3, log), asyncio.sleep(0.01, result="x"), return_exceptions=True)
    await asyncio.sleep(0.02)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("g2 cancelled")

    t = asyncio.create_task(asyncio.sleep(0.01))
    await t
    print("cancel done:", t.cancel())

    t = asyncio.create_task(asyncio.sleep(1))
    print("cancel before start:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before it ran")

    async def waiter_of(inner):
        return await inner
    inner = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.create_task(waiter_of(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled too:", inner.cancelled())

    async def cancels_self():
        asyncio.current_task().cancel()
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError:
            return "self-cancel seen"
    print(await asyncio.create_task(cancels_self()))

asyncio.run(main())
