# Checks: cancelling a task blocked in Event.wait() does not disturb the other waiters.
import asyncio


async def waiter(name, ev):
    try:
        await ev.wait()
        print(f"{name} woke")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in "abc"]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([x if isinstance(x, str) else type(x).__name__ for x in r])
    print(ts[1].cancelled())


asyncio.run(main())
