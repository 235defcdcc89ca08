# repr() of asyncio.Timeout in each state (deadline None so no clock values are shown).
import asyncio


async def main():
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    cm2 = asyncio.timeout(0)
    try:
        async with cm2:
            await asyncio.sleep(10)
    except TimeoutError:
        print(repr(cm2))
    cm3 = asyncio.timeout(0)
    async with cm3:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("inside, expiring:", repr(cm3))
    print(repr(cm3))


asyncio.run(main())
