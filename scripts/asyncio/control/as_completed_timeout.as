# asyncio.as_completed with a timeout: results that arrive in time are delivered, then every
# remaining await raises TimeoutError; the slow task itself is not cancelled.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    fast = asyncio.create_task(job("fast", 0))
    slow = asyncio.create_task(job("slow", 10))
    slower = asyncio.create_task(job("slower", 10))
    results = []
    for aw in asyncio.as_completed([fast, slow, slower], timeout=0.2):
        try:
            results.append(await aw)
        except TimeoutError as e:
            results.append(type(e).__name__)
    print(results)
    print("slow cancelled:", slow.cancelled(), "done:", slow.done())
    slow.cancel()
    slower.cancel()


asyncio.run(main())
