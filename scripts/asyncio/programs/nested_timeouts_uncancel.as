# Nested asyncio.timeout blocks, cancelling() counts, uncancel() in a stubborn task.
import asyncio


async def slow(label, delay):
    try:
        await asyncio.sleep(delay)
        return label
    except asyncio.CancelledError:
        print(label, "cancelled; cancelling() =", asyncio.current_task().cancelling())
        raise


async def main():
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.1):
                    await slow("inner", 1)
            except TimeoutError:
                print("inner timeout caught")
            print("continuing inside outer:", await slow("second", 0.2))
            await slow("third", 1)
    except TimeoutError:
        print("outer timeout caught")
    task = asyncio.current_task()
    print("cancelling after timeouts:", task.cancelling())

    async def stubborn():
        t = asyncio.current_task()
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn got cancel, cancelling =", t.cancelling())
            print("uncancel ->", t.uncancel())
        await asyncio.sleep(0.01)
        return "stubborn finished"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)
    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.sleep(0.01)
        print("not expired:", cm.expired())
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative delay expires at once")


asyncio.run(main())
