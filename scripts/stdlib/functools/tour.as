import functools
from functools import lru_cache, reduce, partial, wraps, total_ordering, cached_property, singledispatch, cache

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@cache
def sq(x):
    print("computing", x); return x * x
print(sq(3), sq(3), sq.cache_info())
@lru_cache
def f2(a, b=1):
    return a + b
f2(1); f2(1, b=1); f2(a=1); print(f2.cache_info())
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(operator_add := (lambda a, b: a + b), [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq2 = partial(power, exp=2)
print(sq2(5), partial(power, 2, mod=5)(10))
print(repr(partial(print, "a", sep="-")), sq2.func is power, sq2.args, sq2.keywords)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(name: str) -> str:
    """Say hello."""
    return "hi " + name
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello("x"))
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"V({self.n})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)]), max(V(1), V(5)))
class Data:
    def __init__(self): self.calls = 0
    @cached_property
    def value(self):
        self.calls += 1
        return 42
dd = Data(); print(dd.value, dd.value, dd.calls, "value" in dd.__dict__)
del dd.value; print(dd.value, dd.calls)
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
@show.register(float)
@show.register(complex)
def _(x):
    return f"number {x}"
print(show(1), show([1, 2]), show("s"), show(2.5), show(True))
print(show.dispatch(int).__name__, sorted(k.__name__ for k in show.registry))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class A:
    @functools.partialmethod
    def m(self, x): return x
print(functools.WRAPPER_ASSIGNMENTS)
p3 = partial(partial(power, 2), 3); print(p3(), p3.args)
