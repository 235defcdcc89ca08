# asyncio.timeout whose body finishes in time: nothing is cancelled, the result flows on,
# and the deadline no longer fires afterwards.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.2) as cm:
        await asyncio.sleep(0)
        print("body done")
    print("expired:", cm.expired())
    print("when is a float:", type(cm.when()).__name__)
    await asyncio.sleep(0.25)
    print("after the old deadline, cancelling:", asyncio.current_task().cancelling())
    async with asyncio.timeout(None) as cm2:
        print("when:", cm2.when())
        await asyncio.sleep(0.01)
    print("none expired:", cm2.expired())


asyncio.run(main())
