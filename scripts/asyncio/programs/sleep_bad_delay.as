# asyncio.sleep with a delay that is no number fails when the coroutine runs (CPython compares delay <= 0 in its body); nan sleeps no time.
import asyncio
async def main():
    for d in ["x", None, [1]]:
        c = asyncio.sleep(d)
        print(type(c).__name__)
        try:
            await c
        except TypeError as e:
            print("TypeError:", e)
    print(await asyncio.sleep(float("nan"), result="nan ok"))
    t = asyncio.create_task(asyncio.sleep(None))
    await asyncio.wait([t])
    print(repr(t.exception()))
    asyncio.sleep("never")
asyncio.run(main())
