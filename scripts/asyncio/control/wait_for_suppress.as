# wait_for: when the inner task suppresses the cancellation and returns, wait_for returns
# that value instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: got cancelled, cleaning up")
        await asyncio.sleep(0.01)
        print("stubborn: returning anyway")
        return "partial"
    return "full"


async def main():
    t = asyncio.create_task(stubborn())
    r = await asyncio.wait_for(t, 0.02)
    print("wait_for returned", repr(r))
    print("task cancelled:", t.cancelled(), "result:", t.result())


asyncio.run(main())
