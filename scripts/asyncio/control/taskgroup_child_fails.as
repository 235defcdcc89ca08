# asyncio.TaskGroup: the first failing child cancels its siblings and the body; the error
# surfaces as an ExceptionGroup, handled here with except*.
import asyncio


async def sibling(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def failing():
    await asyncio.sleep(0.01)
    print("failing: raising")
    raise ValueError("bad value")


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(sibling("a", log))
            b = tg.create_task(sibling("b", log))
            tg.create_task(failing())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body: cancelled by the group")
                raise
            print("never")
    except* ValueError as eg:
        print("caught", type(eg).__name__, eg.exceptions)
    print(sorted(log))
    print(a.cancelled(), b.cancelled())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
