# asyncio 3.11 still takes a plain generator as a (generator-based) coroutine for a task.
import asyncio
def plain():
    print("plain start")
    yield
    print("plain end")
    return 3
async def ag():
    yield
async def main():
    t = asyncio.create_task(plain())
    print(await t)
    print(await asyncio.gather(plain()))
    try: asyncio.create_task(ag())
    except TypeError as e: print(str(e).split(" at ")[0])
asyncio.run(main())
print(asyncio.run(plain()))
