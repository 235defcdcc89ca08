# asyncio.wait with the default ALL_COMPLETED: returns (done, pending) sets once every task
# has finished, including failed ones, without raising their exceptions.
import asyncio


async def wake_at(when):
    # sleep until an absolute loop time, so the finishing order does not depend on when
    # each task happened to start
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_at(when, fut.set_result, None)
    await fut


async def job(n, when, fail=False):
    await wake_at(when)
    print("job", n, "finished")
    if fail:
        raise ValueError(f"job {n}")
    return n


async def main():
    base = asyncio.get_running_loop().time()
    tasks = [
        asyncio.create_task(job(1, base + 0.03)),
        asyncio.create_task(job(2, base + 0.01, fail=True)),
        asyncio.create_task(job(3, base + 0.02)),
    ]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, len(done), type(pending).__name__, len(pending))
    for t in tasks:
        print(t in done, t.exception() if t.exception() else t.result())
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)


asyncio.run(main())
