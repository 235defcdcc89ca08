# Benchmark: task switching — 1000 tasks each doing 100 `await asyncio.sleep(0)`, so the loop
# performs 100,000 switches; prints the number of steps counted.
import asyncio

count = 0


async def worker():
    global count
    for _ in range(100):
        await asyncio.sleep(0)
        count += 1


async def main():
    await asyncio.gather(*[worker() for _ in range(1000)])
    print(count)


asyncio.run(main())
