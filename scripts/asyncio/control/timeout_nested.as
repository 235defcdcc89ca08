# Nested asyncio.timeout blocks: the inner one expiring is a TimeoutError inside the outer
# block; the outer one expiring passes through the inner block as a CancelledError and only
# the outer converts it.
import asyncio


async def main():
    async with asyncio.timeout(10) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(10)
        except TimeoutError:
            print("inner expired:", inner.expired(), "outer expired:", outer.expired())
        await asyncio.sleep(0.01)
        print("outer body continues")
    print("outer expired:", outer.expired())

    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(10) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("never: inner caught")
            except asyncio.CancelledError:
                print("inner block saw CancelledError, inner expired:", inner.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError, outer expired:", outer.expired())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
