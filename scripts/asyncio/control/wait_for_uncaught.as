# An uncaught TimeoutError from wait_for ends the script with a traceback.
import asyncio


async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(10), 0.01)
    print("never")


asyncio.run(main())
