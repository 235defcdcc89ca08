# Checks: clear() makes later wait() calls block again until the next set(); tasks woken by
# an earlier set() still complete even if clear() follows immediately.
import asyncio


async def waiter(name, ev):
    print(f"{name} waiting")
    r = await ev.wait()
    print(f"{name} woke: {r}")


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter("a", ev))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    print("set then cleared, is_set:", ev.is_set())
    b = asyncio.create_task(waiter("b", ev))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("a done:", a.done(), "b done:", b.done())
    ev.set()
    await b
    print("b done:", b.done(), ev.is_set())
    ev.clear()
    print(ev.is_set())


asyncio.run(main())
