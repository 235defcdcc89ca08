# asyncio.run() returns the main coroutine's return value (None if it returns nothing). Task
# numbering is global and continues across run() calls; besides the main task, each run() uses
# two numbers for its shutdown steps (shutdown_asyncgens, shutdown_default_executor), so the
# third run's main task is Task-7.
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return {"x": x, "square": x * x, "task": asyncio.current_task().get_name()}

async def nothing():
    await asyncio.sleep(0)

print(asyncio.run(compute(7)))
print(asyncio.run(nothing()))
print(asyncio.run(compute(3)))
value = asyncio.run(compute(4))["square"] + 1
print(value)
