# asyncio.as_completed: a failed task raises its exception when its turn is awaited; the
# iteration can go on afterwards.
import asyncio


async def wake_at(when):
    # sleep until an absolute loop time, so the finishing order does not depend on when
    # each task happened to start
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_at(when, fut.set_result, None)
    await fut


async def job(name, when, fail=False):
    await wake_at(when)
    if fail:
        raise KeyError(name)
    return name


async def main():
    base = asyncio.get_running_loop().time()
    tasks = [
        asyncio.create_task(job("x", base + 0.02)),
        asyncio.create_task(job("y", base + 0.01, fail=True)),
        asyncio.create_task(job("z", base + 0.03)),
    ]
    for aw in asyncio.as_completed(tasks):
        try:
            print("ok", await aw)
        except KeyError as e:
            print("failed", repr(e))
    try:
        for aw in asyncio.as_completed(tasks[0]):
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
