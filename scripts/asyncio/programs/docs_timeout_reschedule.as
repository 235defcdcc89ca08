# asyncio docs, "Timeouts": asyncio.timeout, reschedule, timeout_at, when(), expired(), timeout(None).
import asyncio

async def long_running_task():
    await asyncio.sleep(10)

async def main():
    try:
        async with asyncio.timeout(0.05):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("This statement will run regardless.")

    try:
        async with asyncio.timeout(None) as cm:
            new_deadline = asyncio.get_running_loop().time() + 0.05
            print("when before", cm.when())
            cm.reschedule(new_deadline)
            print("rescheduled", cm.when() == new_deadline)
            await long_running_task()
    except TimeoutError:
        pass
    if cm.expired():
        print("Looks like we haven't finished on time.")

    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.05
    try:
        async with asyncio.timeout_at(deadline) as cm2:
            await asyncio.sleep(0.01)
            print("inside, not expired:", cm2.expired())
    except TimeoutError:
        print("should not happen")
    print("after, expired:", cm2.expired())

    async with asyncio.timeout(0.05) as cm3:
        cm3.reschedule(None)
        await asyncio.sleep(0.1)
    print("no deadline after reschedule(None):", cm3.expired(), cm3.when())

    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError as e:
        print("outer sees", type(e).__name__, type(e.__cause__).__name__, e.args)

    try:
        async with asyncio.timeout(-1):
            print("negative timeout body runs")
            await asyncio.sleep(0)
    except TimeoutError:
        print("negative timeout expired at first await")

asyncio.run(main())
