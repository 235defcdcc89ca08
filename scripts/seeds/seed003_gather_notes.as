# Seed 003 ("Running Tasks Concurrently", notes on gather()): once gather() has propagated the
# first exception it is done, so gather.cancel() returns False and cancels none of the other
# awaitables, which keep running; cancelling gather() itself (with return_exceptions=True) still
# cancels the children and propagates the cancellation.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("boom")

async def slow(name):
    try:
        await asyncio.sleep(0.5)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    g = asyncio.gather(fail(), slow("s1"))
    try:
        await g
    except ValueError as e:
        print("caught", repr(e))
    print("g.done():", g.done(), "g.cancel():", g.cancel())
    await asyncio.sleep(1)

    g2 = asyncio.gather(slow("s2"), slow("s3"), return_exceptions=True)
    await asyncio.sleep(0.1)
    print("g2.cancel():", g2.cancel())
    try:
        await g2
    except asyncio.CancelledError:
        print("g2 raised CancelledError, cancelled():", g2.cancelled())

asyncio.run(main())
