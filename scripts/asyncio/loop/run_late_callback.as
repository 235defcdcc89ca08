import asyncio


async def child(name):
    print(name, "started")
    await asyncio.sleep(0)
    print(name, "after sleep")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "late callback")
    asyncio.create_task(child("late task"))
    print("main returns")


asyncio.run(main())
print("done")
