# Soak: N tasks (default 5,000,000) created in batches of 10,000, each batch gathered before
# the next is made; peak RSS must not grow with N (bench/soak.sh). Prints the sum of results.
import asyncio
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
BATCH = 10_000


async def double(i):
    return i * 2


async def main():
    total = 0
    for start in range(0, N, BATCH):
        batch = [asyncio.create_task(double(i)) for i in range(start, min(start + BATCH, N))]
        total += sum(await asyncio.gather(*batch))
    print(total)


asyncio.run(main())
