# Periodic jobs stopped by an Event with wait_for timeouts; cancel(msg) of a heartbeat.
import asyncio


async def periodic(name, interval, stop):
    count = 0
    while not stop.is_set():
        count += 1
        print(f"[{name}] run #{count}")
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except asyncio.TimeoutError:
            pass
    print(f"[{name}] stopping after {count} runs")
    return count


async def heartbeat():
    n = 0
    try:
        while True:
            await asyncio.sleep(0.12)
            n += 1
    except asyncio.CancelledError as e:
        print("heartbeat cancelled with", e.args, "after", n)
        raise


async def main():
    stop = asyncio.Event()
    jobs = [asyncio.create_task(periodic("fast", 0.1, stop)),
            asyncio.create_task(periodic("slow", 0.27, stop))]
    hb = asyncio.create_task(heartbeat())
    asyncio.get_running_loop().call_later(0.65, stop.set)
    counts = await asyncio.gather(*jobs)
    print("counts:", counts)
    hb.cancel("bye")
    try:
        await hb
    except asyncio.CancelledError as e:
        print("hb:", hb.cancelled(), e.args)
    print("cancelling():", hb.cancelling())


asyncio.run(main())
