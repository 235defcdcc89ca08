# Timeout.reschedule: moving the deadline later lets the body finish; moving it earlier
# (or to the past) expires it; None removes it; rescheduling outside the block is an error.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 10)
        await asyncio.sleep(0.03)
        print("extended: survived")
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(10)
    except TimeoutError:
        print("shortened: TimeoutError", cm.expired())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            print("past deadline set")
            await asyncio.sleep(10)
    except TimeoutError:
        print("past: TimeoutError")
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        print("when:", cm.when())
        await asyncio.sleep(0.03)
        print("no deadline: survived")
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        try:
            cm.reschedule(None)
        except RuntimeError as e:
            print("RuntimeError:", e)


asyncio.run(main())
