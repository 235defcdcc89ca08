# lru_cache stats, singledispatch, cached_property, decorators with arguments, partial, reduce, cmp_to_key, partialmethod.
import functools
from functools import lru_cache, singledispatch, cached_property, partial, reduce, wraps

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x}")
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    square(v)
print(square.cache_info())

@singledispatch
def describe(obj):
    return f"object {obj!r}"
@describe.register
def _(obj: int):
    return f"int {obj}"
@describe.register(list)
def _(obj):
    return f"list of {len(obj)}"
@describe.register
def _(obj: str):
    return f"str {obj.upper()}"
print(describe(1), describe([1, 2]), describe("hi"), describe(2.5), describe(True))

class Dataset:
    def __init__(self, data):
        self.data = data
        self.computed = 0
    @cached_property
    def stats(self):
        self.computed += 1
        n = len(self.data)
        mean = sum(self.data) / n
        return {"n": n, "mean": mean}
ds = Dataset([1, 2, 3, 4])
print(ds.stats, ds.stats["mean"], ds.computed)
del ds.stats
print(ds.stats["n"], ds.computed)

def timed(label):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print(f"[{label}] {fn.__name__}{args} -> {result}")
            return result
        return wrapper
    return deco

@timed("math")
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))

power_of_two = partial(pow, 2)
print(power_of_two(10), partial(int, base=2)("1011"))
p = partial(print, "x", sep="-")
p("y", "z")
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 0))
words = ["ccc", "a", "bb", "dddd"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name, punct="!"):
        return f"{self.greeting}, {name}{punct}"
    hello = functools.partialmethod(greet, "world")
print(Greeter("Hi").hello(), repr(partial(max, 1)).startswith("functools.partial(<built-in function max>"))
@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(10, 10))
