# Checks: an Event used as a start signal and as a stop flag between several workers.
import asyncio


async def worker(n, start, stop, log):
    await start.wait()
    rounds = 0
    while not stop.is_set():
        rounds += 1
        log.append((n, rounds))
        await asyncio.sleep(0)
    return rounds


async def main():
    start, stop = asyncio.Event(), asyncio.Event()
    log = []
    ws = [asyncio.create_task(worker(n, start, stop, log)) for n in range(3)]
    await asyncio.sleep(0)
    print("before start:", log)
    start.set()
    for _ in range(3):
        await asyncio.sleep(0)
    stop.set()
    print(await asyncio.gather(*ws))
    print(log)


asyncio.run(main())
