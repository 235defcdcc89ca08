# wait_for propagates the inner exception; an exception raised while handling the
# timeout's cancellation replaces the TimeoutError.
import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("inner failed")


async def fails_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError("cleanup failed")


async def main():
    try:
        await asyncio.wait_for(fails(), 10)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(fails_on_cancel(), 0.01)
    except TimeoutError:
        print("TimeoutError")
    except KeyError as e:
        print("KeyError:", e, type(e.__context__).__name__)


asyncio.run(main())
