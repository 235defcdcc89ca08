# An exception from a gathered coroutine ends asyncio.run uncaught.
import asyncio
async def inner():
    await asyncio.sleep(0)
    raise KeyError("missing")
async def main():
    await asyncio.gather(inner(), asyncio.sleep(0.01))
asyncio.run(main())
