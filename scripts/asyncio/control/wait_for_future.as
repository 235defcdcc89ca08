# wait_for on a plain Future: completed by a timer in time, or cancelled on timeout.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, "ready")
    print(await asyncio.wait_for(f, 10))
    g = loop.create_future()
    try:
        await asyncio.wait_for(g, 0.01)
    except TimeoutError:
        print("timed out; future cancelled:", g.cancelled())
    h = loop.create_future()
    loop.call_later(0.01, h.set_exception, RuntimeError("bad"))
    try:
        await asyncio.wait_for(h, 10)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
