# lru_cache with keywords, typed keys, no cache, methods, exceptions, unhashable arguments,
# eviction under recursion, and its info, clear and parameters.
import functools
@functools.lru_cache(maxsize=2)
def f(x, y=0, *, z=1):
    print("call", x, y, z)
    return x + y + z
print(f(1), f(1), f(1, 2), f(1, y=2), f(1, 2, z=3), f(2), f(1))
print(f.cache_info())
f.cache_clear(); print(f.cache_info(), f.cache_parameters(), f.__name__, f.__wrapped__.__name__)
@functools.lru_cache(typed=True)
def g(x): return type(x).__name__
print(g(1), g(1.0), g(True), g.cache_info())
@functools.lru_cache(maxsize=0)
def h(x): return x * 2
print(h(3), h(3), h.cache_info())
class C:
    @functools.lru_cache
    def m(self, k): return (id(self) > 0, k)
    @functools.cached_property
    def p(self): return 5
c = C()
print(c.m(1), c.m(1), C.m.cache_info().hits)
@functools.cache
def boom(x):
    raise ValueError(x)
try:
    boom(1)
except ValueError as e:
    print("ValueError", e)
try:
    f([1])
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(maxsize=3)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(functools.lru_cache(maxsize=-5)(lambda: 1).cache_parameters())
