# When the main coroutine returns, asyncio.run() cancels the tasks still pending and keeps the
# loop running until they finish: the leftover's except block (which may itself await) and its
# finally run before run() returns the main coroutine's value.
# (Only one leftover: CPython cancels leftovers in the iteration order of the all_tasks() set,
# which depends on object addresses, so the order among several is not deterministic.)
import asyncio

async def leftover(name):
    try:
        print(f"{name}: started")
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print(f"{name}: cancelled at shutdown")
        await asyncio.sleep(0.1)
        print(f"{name}: cleanup awaited, re-raising")
        raise
    finally:
        print(f"{name}: finally")

async def main():
    asyncio.create_task(leftover("L1"))
    await asyncio.sleep(0)
    print("main: returning")
    return "main value"

print("run() ->", asyncio.run(main()))
print("after run")
