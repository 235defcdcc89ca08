# Seed 002 ("Task, Future and Awaitable relationships"): coroutines, Futures and Tasks can all be
# awaited; a Task is a Future wrapping a coroutine; a coroutine is not a Future.
import asyncio

async def my_coroutine():
    await asyncio.sleep(0.1)
    return "from coroutine"

async def main():
    coro = my_coroutine()
    print("coroutine:", asyncio.iscoroutine(coro), asyncio.isfuture(coro))
    print(await coro)

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "from future")
    print("future:", asyncio.iscoroutine(fut), asyncio.isfuture(fut))
    print(await fut)

    task = asyncio.create_task(my_coroutine())
    print("task:", asyncio.iscoroutine(task), asyncio.isfuture(task),
          isinstance(task, asyncio.Future), isinstance(task, asyncio.Task))
    print(await task)
    print(await task)  # a finished task can be awaited again

asyncio.run(main())
