# Self-rescheduling call_later tickers, call_at, cancelled timer handles, partial callbacks.
import asyncio
import functools


def tick(loop, name, interval, remaining, done):
    print(f"{name}: tick, {remaining} left")
    if remaining > 1:
        loop.call_later(interval, tick, loop, name, interval, remaining - 1, done)
    else:
        done.set_result(name)


def hello(who, *, punct="!"):
    print(f"hello {who}{punct}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(hello, "soon")
    loop.call_later(0.2, functools.partial(hello, "later", punct="?"))
    h = loop.call_later(0.1, hello, "never")
    h.cancel()
    print("handle cancelled:", h.cancelled())
    th = loop.call_at(loop.time() + 0.15, hello, "at")
    print("TimerHandle:", type(th).__name__, th.when() > 0)
    d1 = loop.create_future()
    d2 = loop.create_future()
    tick(loop, "fast", 0.05, 4, d1)
    tick(loop, "slow", 0.12, 3, d2)
    print("finished:", await asyncio.gather(d1, d2))
    ev = asyncio.Event()
    loop.call_later(0.05, ev.set)
    await ev.wait()
    print("event set by timer")
    f = loop.create_future()
    loop.call_soon(f.set_result, "from call_soon")
    print(await f)
    hs = [loop.call_later(i * 0.01, print, "timer", i) for i in range(5, 0, -1)]
    hs[2].cancel()
    await asyncio.sleep(0.1)


asyncio.run(main())
