# An uncaught asyncio.timeout expiry: TimeoutError chained from CancelledError ("The above exception...").
import asyncio

async def fetch():
    await asyncio.sleep(10)

async def main():
    print("fetching")
    async with asyncio.timeout(0.05):
        await fetch()

asyncio.run(main())
