# Seed 003 ("Creating Tasks"): asyncio.create_task(coro()) (3.7+) and the older
# asyncio.ensure_future(coro()) both wrap the coroutine in a Task; name= sets the task's name.
# ensure_future() returns a Task or Future unchanged.
import asyncio

async def coro():
    return "ran in " + asyncio.current_task().get_name()

async def main():
    # In Python 3.7+
    task = asyncio.create_task(coro())
    print(type(task).__name__, await task)
    # This works in all Python versions but is less readable
    task = asyncio.ensure_future(coro())
    print(type(task).__name__, await task)
    named = asyncio.create_task(coro(), name="my-coro")
    print(named.get_name(), await named)
    print(asyncio.ensure_future(named) is named)

asyncio.run(main())
