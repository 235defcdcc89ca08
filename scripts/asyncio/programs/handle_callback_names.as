# Handle reprs name callbacks as asyncio.format_helpers does: __qualname__ (int, list.append, Future.set_result), partials unwrapped as f(1, b=2)(3), no source for bound methods.
import asyncio, functools
class K:
    def m(self, x): pass
    def __call__(self, x): pass
def f(a, b=1): pass
async def main():
    loop = asyncio.get_running_loop()
    lst = []
    fut = loop.create_future()
    for cb, args in [(int, ("x",)), (lst.append, (1,)), (fut.set_result, (2,)), (functools.partial(f, 1, b=2), (3,)),
                     (K().m, (4,)), (K(), (5,)), (print, ()), (dict.fromkeys, ("ab",)), (str.upper, ("a",)),
                     (functools.partial(print, "p"), ())]:
        h = loop.call_soon(cb, *args)
        s = repr(h)
        print(s[:s.index(" at ")] if " at " in s else s)
        h.cancel()
asyncio.run(main())
