# An ExceptionGroup from a TaskGroup that nobody catches ends the script.
import asyncio


async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail())
        print("body done")


asyncio.run(main())
