# asyncio.as_completed yields awaitables whose results come in completion order, not in
# the order the tasks were given.
import asyncio


async def job(name, when):
    # wake at an absolute loop time, so the finishing order does not depend on scheduling
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_at(when, fut.set_result, None)
    await fut
    return name


async def main():
    base = asyncio.get_running_loop().time()
    tasks = [
        asyncio.create_task(job("c", base + 0.03)),
        asyncio.create_task(job("a", base + 0.01)),
        asyncio.create_task(job("b", base + 0.02)),
    ]
    it = asyncio.as_completed(tasks)
    print(type(it).__name__)
    for i, aw in enumerate(it):
        print(i, "got", await aw)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "future")
    for aw in asyncio.as_completed([f]):
        print("got", await aw)


asyncio.run(main())
