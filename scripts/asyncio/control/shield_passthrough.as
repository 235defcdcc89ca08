# asyncio.shield passes the inner result or exception through; a finished future is
# returned as is; a cancelled inner task cancels the outer future.
import asyncio


async def value():
    await asyncio.sleep(0.01)
    return 7


async def broken():
    await asyncio.sleep(0.01)
    raise ValueError("broken")


async def forever():
    await asyncio.sleep(10)


async def main():
    print(await asyncio.shield(value()))
    try:
        await asyncio.shield(broken())
    except ValueError as e:
        print("ValueError:", e)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("done already")
    print(asyncio.shield(f) is f)
    t = asyncio.create_task(forever())
    outer = asyncio.shield(t)
    print(outer is t, type(outer).__name__)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled())


asyncio.run(main())
