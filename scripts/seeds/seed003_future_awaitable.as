# Seed 003 ("Awaitables / Futures"): Future objects returned by some API can be awaited directly
# or passed to gather() together with coroutines. The seed's snippet uses placeholder names;
# here function_that_returns_a_future_object() returns a Future completed by loop.call_later()
# and some_python_coroutine() is a plain coroutine.
import asyncio

def function_that_returns_a_future_object():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, "future result")
    return fut

async def some_python_coroutine():
    await asyncio.sleep(0.1)
    return "coroutine result"

async def main():
    print(await function_that_returns_a_future_object())

    # this is also valid:
    results = await asyncio.gather(
        function_that_returns_a_future_object(),
        some_python_coroutine()
    )
    print(results)

asyncio.run(main())
