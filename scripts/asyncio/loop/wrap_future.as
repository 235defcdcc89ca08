# asyncio.wrap_future over the concurrent future run_coroutine_threadsafe returns, and that
# future's done()/cancel()/cancelled(): a cancel that reports True has cancelled it at once.
import asyncio

async def work(n):
    await asyncio.sleep(0.01)
    return n * 10

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    cf = asyncio.run_coroutine_threadsafe(work(4), loop)
    print(cf.done(), cf.cancelled())
    fut = asyncio.wrap_future(cf)
    print(type(fut).__name__, asyncio.isfuture(fut))
    print(await fut, cf.done(), cf.result())
    print(asyncio.wrap_future(fut) is fut)

    cf = asyncio.run_coroutine_threadsafe(slow(), loop)
    await asyncio.sleep(0.01)
    print(cf.cancel(), cf.done(), cf.cancelled(), cf.cancel())
    try:
        cf.result()
    except Exception as e:  # concurrent.futures.CancelledError, an Exception
        print("result:", type(e).__name__, isinstance(e, asyncio.CancelledError))
    await asyncio.sleep(0.01)

    cf = asyncio.run_coroutine_threadsafe(slow(), loop)
    fut = asyncio.wrap_future(cf)
    await asyncio.sleep(0.01)
    fut.cancel()
    await asyncio.sleep(0.01)
    print("wrapped cancel ->", cf.cancelled(), fut.cancelled())

    cf = asyncio.run_coroutine_threadsafe(work(1), loop)
    await asyncio.sleep(0.1)
    print(cf.cancel(), cf.cancelled(), cf.result())

    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError:", e)

asyncio.run(main())
