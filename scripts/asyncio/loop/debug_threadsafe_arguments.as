# The loop methods call_soon_threadsafe, get_debug and set_debug check their arguments as
# the Python methods of BaseEventLoop do.
import asyncio


def attempt(label, f):
    try:
        r = f()
    except TypeError as e:
        print(label, "->", e)
    else:
        print(label, "=", r)


loop = asyncio.new_event_loop()
attempt("get_debug()", lambda: loop.get_debug())
attempt("get_debug(1)", lambda: loop.get_debug(1))
attempt("set_debug()", lambda: loop.set_debug())
attempt("set_debug(enabled=1)", lambda: loop.set_debug(enabled=1))
attempt("get_debug() after", lambda: loop.get_debug())
attempt("set_debug(0, 1)", lambda: loop.set_debug(0, 1))
attempt("call_soon_threadsafe()", lambda: loop.call_soon_threadsafe())
attempt("call_soon_threadsafe(print, context=None, x=1)", lambda: loop.call_soon_threadsafe(print, context=None, x=1))
loop.call_soon_threadsafe(print, "threadsafe", "callback", context=None)
attempt("run_until_complete()", lambda: loop.run_until_complete())
loop.run_until_complete(asyncio.sleep(0))
loop.close()


async def main():
    print("run(debug=2):", asyncio.get_running_loop().get_debug())


asyncio.run(main(), debug=2)
