# Soak: N `await asyncio.sleep(0)` switches (default 10,000,000) shared by 100 tasks; peak RSS
# must not grow with N (bench/soak.sh). Prints the number of switches made.
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
WORKERS = 100
count = 0


async def worker(steps):
    global count
    for _ in range(steps):
        await asyncio.sleep(0)
    count += steps


async def main():
    await asyncio.gather(*[worker(N // WORKERS) for _ in range(WORKERS)])
    print(count)


asyncio.run(main())
