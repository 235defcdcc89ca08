# Cancelling a task awaiting gather, cancelling gather itself, a cancelled child with and without return_exceptions.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent():
    return await asyncio.gather(child("c1", 0.1), child("c2", 1), child("c3", 2))


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.5)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())

    g = asyncio.gather(child("g1", 0.1), child("g2", 1))
    await asyncio.sleep(0.2)
    print("gather cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())

    t1 = asyncio.create_task(child("t1", 0.1))
    t2 = asyncio.create_task(child("t2", 0.3))
    g2 = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.2)
    t2.cancel()
    print("return_exceptions with a cancelled child:", await g2)

    t3 = asyncio.create_task(child("t3", 0.3))
    g3 = asyncio.gather(t3)
    await asyncio.sleep(0.1)
    t3.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print("child cancel makes gather raise CancelledError; gather.cancelled():", g3.cancelled())
    print("empty gather:", await asyncio.gather())


asyncio.run(main())
