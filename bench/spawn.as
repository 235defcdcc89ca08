# Benchmark: task creation — 100,000 tasks each returning i * 2, gathered; prints the sum.
import asyncio


async def double(i):
    return i * 2


async def main():
    results = await asyncio.gather(*[asyncio.create_task(double(i)) for i in range(100_000)])
    print(sum(results))


asyncio.run(main())
