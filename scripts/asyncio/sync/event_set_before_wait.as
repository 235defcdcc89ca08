# Checks: wait() on an Event that is already set returns True at once without yielding;
# is_set() before and after; set() twice is harmless.
import asyncio


async def other(log):
    log.append("other ran")


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ev.set()
    ev.set()
    print(ev.is_set())
    log = []
    t = asyncio.create_task(other(log))
    r = await ev.wait()
    print("wait returned", r, log)
    await t
    print(log)
    print(await ev.wait(), await ev.wait())


asyncio.run(main())
