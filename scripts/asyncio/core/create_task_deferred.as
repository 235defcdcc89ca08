# create_task() only schedules: the new task's body does not run until the creating coroutine
# awaits something (here sleep(0)); code between create_task() and the await runs first.
import asyncio

async def child():
    print("child: running")
    return "child result"

async def main():
    print("main: before create_task")
    t = asyncio.create_task(child())
    print("main: after create_task, done =", t.done())
    for i in range(3):
        print("main: still running without awaiting", i)
    print("main: awaiting sleep(0)")
    await asyncio.sleep(0)
    print("main: back, done =", t.done(), "result =", t.result())

asyncio.run(main())
