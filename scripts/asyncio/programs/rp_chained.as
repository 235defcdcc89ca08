# Real Python "Async IO in Python": chained coroutines part1 -> part2 with seeded random delays.
import asyncio
import random

async def part1(n: int) -> str:
    i = random.randint(0, 10)
    print(f"part1({n}) sleeping for {i} units.")
    await asyncio.sleep(i / 50)
    result = f"result{n}-1"
    print(f"Returning part1({n}) == {result}.")
    return result

async def part2(n: int, arg: str) -> str:
    i = random.randint(0, 10)
    print(f"part2{n, arg} sleeping for {i} units.")
    await asyncio.sleep(i / 50 + 0.001 * n)
    result = f"result{n}-2 derived from {arg}"
    print(f"Returning part2{n, arg} == {result}.")
    return result

async def chain(n: int) -> None:
    p1 = await part1(n)
    p2 = await part2(n, p1)
    print(f"-->Chained result{n} => {p2}.")

async def main(*args):
    await asyncio.gather(*(chain(n) for n in args))

if __name__ == "__main__":
    random.seed(444)
    args = [1, 2, 3]
    asyncio.run(main(*args))
    print("Program finished.")
