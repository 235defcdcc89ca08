# gather() returns results in argument order, not completion order; the children start in
# argument order.
import asyncio

async def job(name, delay):
    print(f"{name}: start")
    await asyncio.sleep(delay)
    print(f"{name}: finish")
    return name.upper()

async def main():
    results = await asyncio.gather(job("a", 0.3), job("b", 0.1), job("c", 0.2), job("d", 0))
    print(results)
    print(await asyncio.gather(job("x", 0)))

asyncio.run(main())
