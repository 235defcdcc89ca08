# A task that catches CancelledError and returns normally is NOT cancelled: awaiting it gives
# its return value and cancelled() is False. One that re-raises is cancelled.
import asyncio

async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallow: caught, returning normally")
    return "swallowed"

async def reraise():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("reraise: caught, re-raising")
        raise
    return "unreachable"

async def main():
    a = asyncio.create_task(swallow())
    b = asyncio.create_task(reraise())
    await asyncio.sleep(0)
    a.cancel()
    b.cancel()
    print("a ->", await a, "cancelled:", a.cancelled())
    try:
        await b
    except asyncio.CancelledError:
        print("b raised CancelledError, cancelled:", b.cancelled())

asyncio.run(main())
