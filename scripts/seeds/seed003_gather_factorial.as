# Seed 003 ("Running Tasks Concurrently"): gather() runs three factorial coroutines
# concurrently; results come in argument order. The seed's copy of this example lost the line
# `f *= i`, a closing parenthesis and the braces of {i}; this is the example as in the CPython
# documentation, and its output is the "Expected output" of the seed.
import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(1)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def main():
    # Schedule three calls *concurrently*:
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(L)

asyncio.run(main())
