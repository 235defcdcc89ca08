# asyncio docs, "Awaitables": a coroutine called without await, nested(), tasks and futures.
import asyncio

async def nested():
    return 42

async def main():
    coro = nested()
    print(asyncio.iscoroutine(coro), type(coro).__name__)
    print(await coro)
    task = asyncio.create_task(nested())
    print(isinstance(task, asyncio.Future), isinstance(task, asyncio.Task))
    print(await task)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "from future")
    print(await fut)
    print(asyncio.isfuture(fut), asyncio.isfuture(coro), asyncio.isfuture(42))
    print(asyncio.iscoroutinefunction(nested), asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
    print(asyncio.iscoroutine(nested), asyncio.iscoroutine(task))
    try:
        await asyncio.gather(nested(), 5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
