# Without return_exceptions, gather() raises the first exception as soon as it happens; the other
# children are NOT cancelled and keep running: their completion is printed later.
import asyncio

async def fails(delay, msg):
    await asyncio.sleep(delay)
    print("raising", msg)
    raise ValueError(msg)

async def slow(name, delay):
    await asyncio.sleep(delay)
    print(name, "completed")
    return name

async def main():
    c1 = asyncio.create_task(slow("c1", 1.0))
    try:
        await asyncio.gather(c1, fails(0.2, "first"), fails(0.6, "second"), slow("c2", 1.4))
    except ValueError as e:
        print("gather raised", repr(e))
    print("c1 done:", c1.done(), "cancelled:", c1.cancelled())
    await asyncio.sleep(2)
    print("c1 result:", c1.result())

asyncio.run(main())
