# Methods of futures and tasks called through the class on the wrong object are a TypeError.
import asyncio

for f in (asyncio.Future.result, asyncio.Future.done, asyncio.Task.get_name,
          asyncio.Task.get_stack, asyncio.Future.cancel, asyncio.Task.cancelling):
    try:
        f(1)
    except TypeError as e:
        print("TypeError")
