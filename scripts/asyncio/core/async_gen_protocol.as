# The async generator protocol by hand: asend passes values in, athrow raises at the paused
# yield (caught, or ending the generator), aclose runs finally blocks (which may await) and
# reports a generator that keeps yielding.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  rejected:", e)
                continue
            total += value
    finally:
        print("  accumulator closing at", total)
        await asyncio.sleep(0)
        print("  accumulator closed")


async def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        yield "refuses to close"


async def one_shot():
    yield "only"


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5), await acc.asend(10))
    print(await acc.athrow(ValueError("negative")))
    print(await acc.asend(1))
    print(await acc.aclose())
    print(await acc.aclose(), "(second aclose)")
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("finished generator: StopAsyncIteration")

    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

    o = one_shot()
    print(await o.__anext__())
    try:
        await o.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    print(await o.athrow(KeyError("again")), "(athrow on a finished generator)")

    fresh = one_shot()
    try:
        await fresh.asend("x")
    except TypeError as e:
        print(type(e).__name__, e)
    print(await fresh.aclose(), "(aclose before start)")


asyncio.run(main())
