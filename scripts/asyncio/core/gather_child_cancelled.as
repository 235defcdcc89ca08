# When one child of gather() is cancelled (from outside the gather), gather raises CancelledError
# as if the child had raised it; the gather itself was not cancelled, and the other children are
# not cancelled and run to completion.
import asyncio

async def child(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: finished")
    return name

async def main():
    a = asyncio.create_task(child("a", 0.5))
    b = asyncio.create_task(child("b", 1.0))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.1)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("b cancelled:", b.cancelled(), "done:", b.done())
    print("b result:", await b)
    print("gather done:", g.done())

asyncio.run(main())
