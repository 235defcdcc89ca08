import asyncio
import time


def work(name, delay=0.01):
    time.sleep(delay)
    return name + " done"


def fails():
    raise ValueError("in worker")


async def main():
    coro = asyncio.to_thread(work, "a")
    print(asyncio.iscoroutine(coro), type(coro).__name__)
    task = asyncio.create_task(asyncio.to_thread(work, "b", delay=0.02))
    print(await coro)
    print(await task)
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print("caught", e)
    results = await asyncio.gather(asyncio.to_thread(work, "c"), asyncio.to_thread(work, "d"))
    print(results)
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, "e"))


# Made outside a running loop, the coroutine only fails when it runs.
unused = asyncio.to_thread(work, "never")
unused.close() if hasattr(unused, "close") else None
asyncio.run(main())
