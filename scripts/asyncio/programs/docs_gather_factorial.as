# asyncio docs, "Running Tasks Concurrently": gather of factorials, then return_exceptions.
import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.02)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

async def boom(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"boom {n}")

async def main():
    L = await asyncio.gather(
        factorial("A", 2),
        factorial("B", 3),
        factorial("C", 4),
    )
    print(L)
    res = await asyncio.gather(factorial("D", 2), boom(1), boom(2), return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in res])
    try:
        await asyncio.gather(boom(3), factorial("E", 3))
    except ValueError as e:
        print("first error:", e)
    await asyncio.sleep(0.1)
    print(await asyncio.gather())

asyncio.run(main())
