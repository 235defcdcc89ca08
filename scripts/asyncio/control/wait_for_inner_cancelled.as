# wait_for on a task that someone else cancels: CancelledError comes out of wait_for (it is
# not a timeout), and the caller itself is not cancelled.
import asyncio


async def victim():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(victim())
    asyncio.get_running_loop().call_later(0.01, t.cancel)
    try:
        await asyncio.wait_for(t, 10)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("CancelledError from the inner task")
    print("caller cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("caller alive")


asyncio.run(main())
