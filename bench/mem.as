# Benchmark: memory per pending task — 200,000 tasks all waiting on one Event, then released;
# compare peak RSS (bench/compare.sh --mem). Prints how many were released.
import asyncio

released = 0


async def waiter(event):
    global released
    await event.wait()
    released += 1


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event)) for _ in range(200_000)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*tasks)
    print(released)


asyncio.run(main())
