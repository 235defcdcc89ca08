# A child error and the group's own cancellation of the parent: the body sees
# CancelledError, yet the block raises the ExceptionGroup and the parent task's cancel
# request is withdrawn (cancelling() back to 0), so the parent keeps running.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise OSError("disk")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body cancelled, cancelling:", asyncio.current_task().cancelling())
                raise
    except* OSError as eg:
        print("OSError group:", eg.exceptions)
    print("cancelling after:", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("parent still alive")


asyncio.run(main())
