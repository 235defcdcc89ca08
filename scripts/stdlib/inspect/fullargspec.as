# getfullargspec, as older libraries call it to introspect handlers.
import inspect, functools
def f(a, b: int = 2, /, c=3, *args, d, e=5, **kw) -> str: pass
class C:
    def __init__(self, x, y=1): pass
    def m(self, k): pass
    def __call__(self, z): pass
for fn in (f, C, C.m, C(1).m, C(1), lambda: 0, functools.partial(f, 1)):
    print(inspect.getfullargspec(fn))
s = inspect.getfullargspec(f)
print(s.args, s.defaults, s.kwonlydefaults, type(s).__name__, type(s).__module__)
for bad in (3, "text"):
    try:
        inspect.getfullargspec(bad)
    except TypeError as e:
        print("TypeError", e, type(e.__cause__).__name__)
print(inspect.signature(C(1).m), inspect.signature(C), inspect.signature(C(1)))
