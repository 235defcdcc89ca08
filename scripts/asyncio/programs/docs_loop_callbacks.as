# asyncio docs, event loop: call_soon, call_later, call_at ordering, loop.time, handles, cancel.
import asyncio
import functools

def cb(log, what, *args):
    log.append((what,) + args)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    now = loop.time()
    loop.call_later(0.06, cb, log, "later 60ms")
    loop.call_at(now + 0.03, cb, log, "at 30ms")
    loop.call_soon(cb, log, "soon 1")
    loop.call_soon(cb, log, "soon 2", 42)
    h = loop.call_later(0.04, cb, log, "cancelled")
    loop.call_later(0.02, functools.partial(cb, log, "partial", kw="x") if False else functools.partial(cb, log, "partial"))
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    hs = loop.call_soon(cb, log, "soon handle")
    print(type(hs).__name__)
    await asyncio.sleep(0.1)
    for entry in log:
        print(entry)
    th = loop.call_later(1, print)
    print(th.when() - loop.time() > 0.9)
    th.cancel()
    try:
        loop.call_soon(cb, log, "x", context=None, extra=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    async def co():
        pass
    try:
        loop.call_soon(co)
        await asyncio.sleep(0)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
