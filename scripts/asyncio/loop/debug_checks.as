# In debug mode call_soon, call_later, call_at, call_soon_threadsafe and run_in_executor
# refuse coroutines and non-callables, and the methods that are not thread-safe refuse to
# be called from another thread while the loop runs; without debug mode they accept all.
# call_soon_threadsafe's callback joins the ready queue before due timers, as CPython's.
import asyncio
import threading


async def co():
    pass


def attempt(label, f):
    try:
        f()
    except (TypeError, RuntimeError) as e:
        print(" ", label, "->", type(e).__name__, e)
    else:
        print(" ", label, "-> accepted")


for debug in (False, True):
    print("debug:", debug)
    loop = asyncio.new_event_loop()
    loop.set_debug(debug)
    loop.slow_callback_duration = 100  # starting a thread may take a while
    attempt("call_soon(1)", lambda: loop.call_soon(1))
    attempt("call_soon(co)", lambda: loop.call_soon(co))
    attempt("call_later(1, co)", lambda: loop.call_later(1, co))
    attempt("call_at(1, 'f')", lambda: loop.call_at(1, "f"))
    attempt("call_soon_threadsafe(co)", lambda: loop.call_soon_threadsafe(co))
    if debug:  # (without debug mode, co() would run in a worker thread, never awaited)
        attempt("run_in_executor(None, co)", lambda: loop.run_in_executor(None, co))
    loop.close()

    loop = asyncio.new_event_loop()
    loop.set_debug(debug)
    loop.slow_callback_duration = 100

    async def main():
        def other():
            attempt("call_soon from a thread", lambda: loop.call_soon(print, "  soon"))
            attempt("call_later from a thread", lambda: loop.call_later(0, print, "  later"))
            attempt("call_soon_threadsafe from a thread", lambda: loop.call_soon_threadsafe(print, "  threadsafe"))

        t = threading.Thread(target=other)
        t.start()
        t.join()
        await asyncio.sleep(0.01)

    loop.run_until_complete(main())
    loop.close()
