# Cancellation is delivered only where the task actually suspends. A task cancelled while it is
# suspended at sleep(0) gets CancelledError right there. A task that cancels itself keeps running
# plain code, and even `await` on an already finished future does not suspend, so it does not
# deliver the cancellation: the next real suspension (sleep(0)) does.
import asyncio

async def parked():
    print("parked: step 1")
    try:
        await asyncio.sleep(0)
        print("parked: never here")
    except asyncio.CancelledError:
        print("parked: CancelledError at sleep(0)")
        raise

async def self_cancel(done_fut):
    print("self_cancel: cancel() ->", asyncio.current_task().cancel())
    print("self_cancel: plain code still runs")
    print("self_cancel: await finished future ->", await done_fut)
    try:
        await asyncio.sleep(0)
        print("self_cancel: never here")
    except asyncio.CancelledError:
        print("self_cancel: CancelledError at sleep(0)")
        raise

async def main():
    t = asyncio.create_task(parked())
    await asyncio.sleep(0)
    t.cancel()
    print("main: cancel requested")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("value")
    u = asyncio.create_task(self_cancel(fut))
    for task in (t, u):
        try:
            await task
        except asyncio.CancelledError:
            print("main: cancelled:", task.cancelled())

asyncio.run(main())
