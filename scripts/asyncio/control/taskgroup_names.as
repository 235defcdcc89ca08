# TaskGroup.create_task: tasks get the loop's default Task-N names unless name= is given,
# and the numbering still advances for named ones.
import asyncio


async def job():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job())
        b = tg.create_task(job(), name="worker")
        c = tg.create_task(job())
        d = tg.create_task(job(), name=42)
    print(a.result(), b.result(), c.result(), d.result())
    print(repr(d.get_name()))


asyncio.run(main())
