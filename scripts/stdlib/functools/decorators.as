import functools  # a retry decorator, memoised lookups and dispatch by type
from functools import wraps, partial, reduce, lru_cache, cache, total_ordering, cmp_to_key, cached_property, singledispatch
def retry(times):
    def deco(f):
        @wraps(f)
        def w(*a, **k):
            for i in range(times):
                try:
                    return f(*a, **k)
                except ValueError as e:
                    print("retry", i, e)
            return None
        return w
    return deco
@retry(2)
def flaky(x):
    raise ValueError(f"bad {x}")
print(flaky.__name__, flaky.__qualname__, flaky.__module__, flaky.__wrapped__.__name__, flaky(3))
def power(b, e): return b ** e
sq = partial(power, e=2)
print(sq(5), sq.args, sq.keywords, partial(power, 2)(10))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
@lru_cache(maxsize=2)
def sq2(n):
    print("compute", n); return n * n
for n in [1, 2, 1, 3, 2, 1]: sq2(n)
print(sq2.cache_info())
sq2.cache_clear(); print(sq2.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    @cached_property
    def data(self):
        print("loading"); return [1, 2]
c = C(); print(c.data, c.data)
@singledispatch
def show(x): return f"obj {x}"
@show.register(int)
def _(x): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
