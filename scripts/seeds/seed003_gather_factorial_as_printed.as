# Seed 003 ("Running Tasks Concurrently"), the gather() example as the seed prints it: without
# `f *= i` every factorial is 1, so CPython prints "factorial(2) = 1" ... [1, 1, 1], not the
# seed's "Expected output" (see docs/seeds.md). Only the syntax is repaired: the missing `)` of
# gather( and `i=\{i\}` -> `i={i}`.
import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(1)
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    # Schedule three calls *concurrently*:
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial ("C", 4),
    )
    print(L)

asyncio.run(main())
