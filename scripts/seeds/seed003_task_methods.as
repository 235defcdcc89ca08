# Seed 003 ("Task Object"): cancelled(), done(), result(), exception() in every state,
# add_done_callback()/remove_done_callback(), get_coro(), get_name()/set_name() (any object is
# converted to a string), and that Task is a subclass of Future.
import asyncio

async def ok():
    await asyncio.sleep(0.1)
    return "fine"

async def bad():
    await asyncio.sleep(0.1)
    raise KeyError("k")

def report(t):
    print(" ", t.get_name(), "done:", t.done(), "cancelled:", t.cancelled())
    for method in (t.result, t.exception):
        try:
            print("   ", method.__name__, "->", repr(method()))
        except Exception as e:
            print("   ", method.__name__, "raises", type(e).__name__, repr(str(e)))
        except asyncio.CancelledError as e:
            print("   ", method.__name__, "raises CancelledError", e.args)

def cb(t):
    print("  callback for", t.get_name())
def never(t):
    print("  removed callback ran")

async def main():
    print(issubclass(asyncio.Task, asyncio.Future), asyncio.Task.__mro__[1].__name__)
    c = ok()
    t1 = asyncio.create_task(c, name="ok")
    print(t1.get_coro() is c)
    t2 = asyncio.create_task(bad())
    t2.set_name(42)
    print(repr(t2.get_name()))
    t3 = asyncio.create_task(ok(), name="to-cancel")
    for t in (t1, t2, t3):
        t.add_done_callback(cb)
        t.add_done_callback(never)
        print("removed:", t.remove_done_callback(never))
    print("pending:")
    report(t1)
    t3.cancel()
    await asyncio.wait([t1, t2, t3])
    print("finished:")
    for t in (t1, t2, t3):
        report(t)

asyncio.run(main())
