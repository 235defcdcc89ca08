# Benchmark: timers — 100,000 tasks each sleeping (i % 100) / 10000 seconds on the real clock;
# prints how many finished.
import asyncio

finished = 0


async def sleeper(i):
    global finished
    await asyncio.sleep((i % 100) / 10000)
    finished += 1


async def main():
    await asyncio.gather(*[sleeper(i) for i in range(100_000)])
    print(finished)


asyncio.run(main())
