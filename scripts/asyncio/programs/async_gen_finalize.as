# Async generators: aclose runs finally, asend/athrow, return in an async gen, early break finalization.
import asyncio

async def ticker(log):
    try:
        n = 0
        while True:
            got = yield n
            log.append(f"got {got}")
            n += 1
    except ValueError as e:
        log.append(f"athrow {e}")
        yield "recovered"
    finally:
        log.append("ticker finally")
        await asyncio.sleep(0.001)
        log.append("ticker finally after await")

async def main():
    log = []
    t = ticker(log)
    print(await t.asend(None))
    print(await t.asend("a"))
    print(await t.athrow(ValueError("boom")))
    await t.aclose()
    print(log)
    log.clear()
    t2 = ticker(log)
    async for v in t2:
        if v == 2:
            break
    await t2.aclose()
    print(log)
    async def one():
        yield 1
        return
    print([x async for x in one()])
    t3 = ticker([])
    try:
        await t3.asend("not none")
    except TypeError as e:
        print("TypeError:", e)
    async def bad():
        yield 1
        raise KeyError("inside")
    try:
        async for x in bad():
            print("x", x)
    except KeyError as e:
        print("KeyError", e)
    print(t.ag_running, t.__name__, t.__qualname__)

asyncio.run(main())
