# A child task cancelled on its own does not fail the group: the other children finish
# and the block exits normally.
import asyncio


async def job(n):
    await asyncio.sleep(0.02)
    return n


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job(1))
        b = tg.create_task(job(2))
        await asyncio.sleep(0)
        b.cancel()
    print("a:", a.result(), "b cancelled:", b.cancelled())


asyncio.run(main())
