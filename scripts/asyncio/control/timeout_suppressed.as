# The body of asyncio.timeout swallows the cancellation: the block exits normally (no
# TimeoutError) but expired() is True and the task's cancel request is withdrawn.
import asyncio


async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("swallowed")
    print("after block, expired:", cm.expired(), "cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("can still sleep")


asyncio.run(main())
