# wait_for, timeout(), timeout_at() and reschedule() around slow operations with cleanup.
import asyncio


async def slow_op(name, delay):
    try:
        await asyncio.sleep(delay)
        return f"{name} finished"
    except asyncio.CancelledError:
        print(f"{name} was cancelled")
        raise
    finally:
        print(f"{name} cleanup")


async def with_wait_for():
    try:
        result = await asyncio.wait_for(slow_op("wf-fast", 0.1), timeout=1)
        print("wait_for:", result)
        result = await asyncio.wait_for(slow_op("wf-slow", 5), timeout=0.5)
        print("unreachable", result)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, e.args, isinstance(e, TimeoutError))


async def with_timeout_cm():
    try:
        async with asyncio.timeout(0.2) as cm:
            print("expired before?", cm.expired())
            await slow_op("cm-slow", 10)
    except TimeoutError:
        print("timeout() expired:", cm.expired())
    async with asyncio.timeout(None) as cm2:
        print("deadline None:", cm2.when())
        cm2.reschedule(asyncio.get_running_loop().time() + 5)
        await slow_op("cm-resched", 0.1)
        print("rescheduled ok", cm2.expired())


async def with_timeout_at():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.3):
            await asyncio.gather(slow_op("g1", 0.1), slow_op("g2", 1), slow_op("g3", 2))
    except TimeoutError:
        print("timeout_at fired around gather")


async def zero_timeout():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except asyncio.TimeoutError:
        print("zero timeout raises immediately")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(42)
    print("zero timeout on done future:", await asyncio.wait_for(fut, 0))


async def main():
    await with_wait_for()
    await with_timeout_cm()
    await with_timeout_at()
    await zero_timeout()


asyncio.run(main())
