# Errors in done callbacks and call_soon callbacks reach the default exception handler; call_later/call_at argument errors.
import asyncio


def on_done(fut):
    print("callback sees:", fut.result())
    raise RuntimeError("callback bug")


async def job():
    await asyncio.sleep(0.01)
    return 42


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job(), name="job")
    t.add_done_callback(on_done)
    print("awaited:", await t)
    await asyncio.sleep(0)
    loop.call_soon(int, "not a number")
    await asyncio.sleep(0)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    for delay in ["soon", None, [1]]:
        try:
            loop.call_later(delay, print)
        except TypeError as e:
            print("TypeError:", e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print("TypeError:", e)
    loop.call_later(True, print, "a bool delay is a number")
    await asyncio.sleep(1.5)
    print("main finished")


asyncio.run(main())
