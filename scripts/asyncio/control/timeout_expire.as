# asyncio.timeout expiring: the body is cancelled (its finally runs), the CancelledError is
# turned into TimeoutError chained from it, and expired() becomes True.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            print("entered, expired:", cm.expired())
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError as e:
                print("body: cancelled", repr(e))
                raise
            finally:
                print("body: finally")
        print("never")
    except TimeoutError as e:
        print("TimeoutError", repr(e), "cause:", type(e.__cause__).__name__)
    print("expired:", cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("still running")


asyncio.run(main())
