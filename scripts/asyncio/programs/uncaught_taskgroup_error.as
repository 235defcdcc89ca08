# A failing TaskGroup child ends the program with an uncaught ExceptionGroup.
import asyncio
async def child():
    raise TypeError("bad type")
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        tg.create_task(asyncio.sleep(1))
asyncio.run(main())
