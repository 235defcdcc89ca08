# wait_for with timeout <= 0: a finished future gives its result at once; otherwise the
# awaitable is cancelled, waited for, and TimeoutError raised.
import asyncio


async def quick():
    return "quick"


async def slow():
    try:
        await asyncio.sleep(10)
    finally:
        print("slow: finally")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result(42)
    print(await asyncio.wait_for(f, 0))
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, -1))
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError as e:
        print("TimeoutError, cause", type(e.__cause__).__name__)
    # a coroutine that has not started is cancelled before it runs at all
    try:
        await asyncio.wait_for(quick(), 0)
    except TimeoutError:
        print("quick() timed out before running")
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(t, -0.5)
    except TimeoutError:
        print("negative timeout:", t.cancelled())


asyncio.run(main())
