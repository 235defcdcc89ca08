# asyncio docs, wait_for: eternity() times out, a fast one returns, timeout=None, wait_for on a task.
import asyncio

async def eternity():
    await asyncio.sleep(3600)
    print('yay!')

async def quick(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=0.05)
    except TimeoutError:
        print('timeout!')
    print(await asyncio.wait_for(quick(21), timeout=1))
    print(await asyncio.wait_for(quick(4), None))
    t = asyncio.create_task(eternity())
    try:
        await asyncio.wait_for(t, 0.03)
    except asyncio.TimeoutError as e:
        print("task timed out; cancelled:", t.cancelled(), type(e) is TimeoutError)
    try:
        await asyncio.wait_for(quick(1), 0)
    except TimeoutError:
        print("timeout 0 raises")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("already done")
    print(await asyncio.wait_for(fut, 0))

asyncio.run(main())
