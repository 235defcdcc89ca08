# StackOverflow: "How can I periodically execute a function with asyncio?" with a stop event.
import asyncio

async def periodic(interval, stop, log):
    n = 0
    while not stop.is_set():
        n += 1
        log.append(f"tick {n}")
        try:
            await asyncio.wait_for(stop.wait(), interval)
        except TimeoutError:
            pass
    return n

async def main():
    stop = asyncio.Event()
    log = []
    t = asyncio.create_task(periodic(0.03, stop, log))
    await asyncio.sleep(0.075)
    stop.set()
    n = await t
    print(n, log)

asyncio.run(main())
