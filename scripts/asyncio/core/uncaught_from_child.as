# An exception raised in a child task reaches the main coroutine through `await task`, then
# escapes asyncio.run(): uncaught, exit status 1; the other child still pending is cancelled by
# asyncio.run() during shutdown (its except block prints).
import asyncio

async def failing():
    await asyncio.sleep(0.1)
    raise LookupError("child failed")

async def bystander():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bystander: cancelled during shutdown")
        raise

async def main():
    asyncio.create_task(bystander())
    t = asyncio.create_task(failing())
    print("main: awaiting failing child")
    await t

asyncio.run(main())
