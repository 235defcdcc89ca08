# loop.call_later()/call_at() callbacks run in deadline order; two call_later() with the same
# delay run in scheduling order (the second deadline is later, loop.time() having advanced); a
# cancelled TimerHandle never runs; call_soon (and call_later(0)) run before the other timers.
# (Exactly equal deadlines are not FIFO in CPython: see call_at_equal_deadlines.as.)
import asyncio

def cb(label):
    print("run", label)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, cb, "0.3 first")
    loop.call_later(0.1, cb, "0.1")
    h = loop.call_later(0.2, cb, "0.2 cancelled")
    loop.call_later(0.3, cb, "0.3 second")
    loop.call_at(loop.time() + 0.5, cb, "at +0.5")
    loop.call_at(loop.time() + 0.4, cb, "at +0.4")
    loop.call_later(0, cb, "0")
    loop.call_soon(cb, "soon")
    h.cancel()
    print("cancelled handle:", h.cancelled())
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
