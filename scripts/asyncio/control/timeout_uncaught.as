# An uncaught TimeoutError from asyncio.timeout ends the script with a traceback.
import asyncio


async def main():
    async with asyncio.timeout(0.01):
        print("sleeping")
        await asyncio.sleep(10)


asyncio.run(main())
