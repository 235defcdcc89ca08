# Awaiting a task cancelled with a message: uncaught CancelledError.
import asyncio


async def job():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.1)
    t.cancel("shutting down")
    print("cancel requested")
    await t


asyncio.run(main())
