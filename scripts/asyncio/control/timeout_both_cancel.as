# The deadline passes and an outside cancel() arrives in the same iteration: uncancel()
# leaves a pending request, so the block lets CancelledError through.
import asyncio


async def worker():
    try:
        async with asyncio.timeout(0) as cm:
            asyncio.current_task().cancel()
            print("cancelling inside:", asyncio.current_task().cancelling())
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("CancelledError, expired:", cm.expired(), "cancelling:", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(worker())
    try:
        await t
    except asyncio.CancelledError:
        print("main: cancelled", t.cancelled())


asyncio.run(main())
