# asyncio.run and run_until_complete/run_forever called from a running loop; asyncio.run(42).
import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("awaiting it instead:", await coro)
    loop = asyncio.get_running_loop()
    nap = asyncio.sleep(0)
    try:
        loop.run_until_complete(nap)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await nap
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
print(asyncio.run(inner()))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
