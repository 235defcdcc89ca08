# A task cancelled from outside while inside asyncio.timeout: the CancelledError is not
# converted to TimeoutError, whether or not the deadline also passed.
import asyncio


async def worker():
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("worker: CancelledError, expired:", cm.expired())
        raise
    except TimeoutError:
        print("worker: TimeoutError (wrong)")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: worker cancelled", t.cancelled())


asyncio.run(main())
