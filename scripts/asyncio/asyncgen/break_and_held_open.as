import asyncio

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finally")

async def main():
    async for x in ticker(10):
        if x == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    print("slept 1")
    await asyncio.sleep(0)
    print("slept 2")
    g = ticker(5)
    await g.__anext__()
    print("held open")

asyncio.run(main())
print("done")
