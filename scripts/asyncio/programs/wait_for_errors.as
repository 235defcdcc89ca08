# wait_for passing errors through, timeout=None, as_completed with a failure, sleep argument errors; closing an unawaited sleep.
import asyncio


async def fails_fast():
    await asyncio.sleep(0.01)
    raise ConnectionError("refused")


async def returns(x):
    await asyncio.sleep(0.01)
    return x


async def main():
    try:
        await asyncio.wait_for(fails_fast(), timeout=1)
    except ConnectionError as e:
        print("inner error propagates:", e)
    print(await asyncio.wait_for(returns("no timeout"), None))
    t = asyncio.create_task(returns("task"))
    print(await asyncio.wait_for(t, 1), t.done())
    for coro in asyncio.as_completed([fails_fast(), asyncio.sleep(0.02, "ok"), asyncio.sleep(0.05, "late")]):
        try:
            print("as_completed:", await coro)
        except ConnectionError as e:
            print("as_completed error:", e)
    try:
        await asyncio.sleep(-1)
        print("negative sleep returns at once")
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)
    res = await asyncio.gather(fails_fast(), returns(1), return_exceptions=True)
    print([type(r).__name__ for r in res])
    nap = asyncio.sleep(1)
    try:
        await asyncio.wait_for(nap, timeout="x")
    except TypeError as e:
        print("TypeError:", e)
    nap.close()


asyncio.run(main())
