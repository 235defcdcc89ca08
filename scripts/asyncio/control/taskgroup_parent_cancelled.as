# The task running a TaskGroup is cancelled from outside: the children are cancelled, the
# group waits for them, and CancelledError (not an ExceptionGroup) propagates.
import asyncio


async def child(n, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(n)
        raise


async def parent(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1, log))
            tg.create_task(child(2, log))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("parent: CancelledError, children cancelled:", sorted(log))
        raise


async def waiting_parent(log):
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(3, log))
        print("never")
    except asyncio.CancelledError:
        print("waiting parent: CancelledError", sorted(log))
        raise


async def main():
    log = []
    p = asyncio.create_task(parent(log))
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("main: parent cancelled", p.cancelled())
    log = []
    w = asyncio.create_task(waiting_parent(log))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("main: waiting parent cancelled", w.cancelled())


asyncio.run(main())
