# current_task() inside asyncio.run's main coroutine is Task-1; tasks created next get Task-2,
# Task-3, ... in creation order (gather wraps each coroutine in a new numbered task); a callback
# run by call_soon is not inside any task, so current_task() is None there.
import asyncio

async def who():
    return asyncio.current_task().get_name()

def in_callback(fut):
    fut.set_result(asyncio.current_task())

async def main():
    me = asyncio.current_task()
    print("main:", me.get_name(), me is asyncio.current_task())
    t = asyncio.create_task(who())
    print("child:", await t)
    print("gather:", await asyncio.gather(who(), who(), who()))
    print("awaited coroutine runs in caller:", await who())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(in_callback, fut)
    print("in callback:", await fut)

asyncio.run(main())
