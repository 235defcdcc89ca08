# gather(return_exceptions=True) with results, errors and a cancelled child; nested gathers.
import asyncio

async def ok(v):
    await asyncio.sleep(0.01)
    return v

async def bad(msg):
    await asyncio.sleep(0.02)
    raise LookupError(msg)

async def main():
    victim = asyncio.create_task(asyncio.sleep(1))
    async def cancel_it():
        await asyncio.sleep(0.01)
        victim.cancel("go away")
    res = await asyncio.gather(ok(1), bad("x"), victim, cancel_it(), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))
    inner = asyncio.gather(ok("a"), ok("b"))
    outer = await asyncio.gather(inner, ok("c"))
    print(outer)
    try:
        await asyncio.gather(ok(1), bad("first"), bad("second"))
    except LookupError as e:
        print("propagated", e)
    await asyncio.sleep(0.05)
    r = await asyncio.gather(*[ok(i) for i in range(5)])
    print(r)

asyncio.run(main())
