# asyncio.timeout around a TaskGroup: the deadline cancels the parent, the group cancels
# its children and lets CancelledError through, and the timeout turns it into TimeoutError.
import asyncio


async def child(n, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(n)
        raise


async def main():
    log = []
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child(1, log))
                tg.create_task(child(2, log))
            print("never")
    except TimeoutError as e:
        print("TimeoutError, cause:", type(e.__cause__).__name__)
    print("children cancelled:", sorted(log))
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
