# Cancellation with a message and cleanup, shield protecting a critical task, timeout, cancelling(), swallowed cancel.
import asyncio

async def critical(log):
    log.append("critical start")
    await asyncio.sleep(0.02)
    log.append("critical done")
    return "saved"

async def worker(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("worker cancelled, cleaning up")
        await asyncio.sleep(0.001)
        log.append("cleanup finished")
        raise

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.001)
    t.cancel("shutdown requested")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(f"main saw cancel args={e.args}")
    print(t.cancelled(), t.done())

    inner = asyncio.create_task(critical(log))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0.005)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        log.append("outer cancelled")
    print("inner result", await inner)

    async def slow():
        await asyncio.sleep(10)
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow()
    except TimeoutError:
        log.append(f"timeout expired={cm.expired()}")

    t2 = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t2.cancel()
    t2.cancel()
    print("cancelling count", t2.cancelling())
    res = await asyncio.gather(t2, return_exceptions=True)
    print(type(res[0]).__name__)
    print("\n".join(log))

    async def uncancels():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    t3 = asyncio.create_task(uncancels())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())

asyncio.run(main())
