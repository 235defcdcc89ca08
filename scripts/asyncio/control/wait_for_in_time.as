# wait_for returns the inner result when it finishes before the deadline; timeout=None just awaits.
import asyncio


async def work(x):
    print("work start", x)
    await asyncio.sleep(0.01)
    print("work end", x)
    return x * 10


async def main():
    r = await asyncio.wait_for(work(1), timeout=10)
    print("result", r)
    r = await asyncio.wait_for(work(2), None)
    print("result", r)
    t = asyncio.create_task(work(3))
    r = await asyncio.wait_for(t, 10)
    print("result", r, t.done(), t.cancelled())
    # an already finished task with a positive timeout
    r = await asyncio.wait_for(t, 10)
    print("again", r)
    print("tasks left", len(asyncio.all_tasks()))


asyncio.run(main())
