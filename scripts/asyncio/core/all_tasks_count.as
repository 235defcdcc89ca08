# all_tasks() returns the set of unfinished tasks of the running loop, the main task included;
# a task leaves it when it finishes (returned, raised, or cancelled) -- a cancel() request alone
# does not remove it.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def failer():
    await asyncio.sleep(0)
    raise ValueError("x")

async def main():
    print("start:", len(asyncio.all_tasks()))
    ts = [asyncio.create_task(sleeper(d)) for d in (0.1, 10, 10)]
    print("created 3:", len(asyncio.all_tasks()))
    await ts[0]
    print("one finished:", len(asyncio.all_tasks()))
    ts[1].cancel()
    print("cancel requested:", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("cancelled one:", len(asyncio.all_tasks()))
    f = asyncio.create_task(failer())
    await asyncio.wait([f])
    print("after a failure:", len(asyncio.all_tasks()), repr(f.exception()))
    ts[2].cancel()
    await asyncio.wait([ts[2]])
    print("end:", len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
