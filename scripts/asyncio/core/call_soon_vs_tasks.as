# loop.call_soon() callbacks and task steps share one FIFO ready queue: a callback scheduled
# before a task wakes up runs before that task's next step, in scheduling order.
import asyncio

def cb(label):
    print("callback", label)

async def task(name):
    print(name, "step 1")
    asyncio.get_running_loop().call_soon(cb, f"from {name}")
    await asyncio.sleep(0)
    print(name, "step 2")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    t1 = asyncio.create_task(task("T1"))
    loop.call_soon(cb, 2)
    t2 = asyncio.create_task(task("T2"))
    loop.call_soon(cb, 3)
    print("main: awaiting")
    await asyncio.sleep(0)
    print("main: after one sleep(0)")
    await t1
    await t2
    print("main: end")

asyncio.run(main())
