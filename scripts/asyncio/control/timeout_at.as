# asyncio.timeout_at takes an absolute loop time; a deadline already in the past expires
# on the next loop iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout_at expired")
    try:
        async with asyncio.timeout_at(loop.time() - 5):
            print("body starts anyway")
            await asyncio.sleep(0)
            print("never")
    except TimeoutError:
        print("past deadline expired")
    async with asyncio.timeout_at(loop.time() + 10):
        await asyncio.sleep(0.01)
    print("in time")
    async with asyncio.timeout_at(None) as cm:
        await asyncio.sleep(0)
    print("None:", cm.when(), cm.expired())


asyncio.run(main())
