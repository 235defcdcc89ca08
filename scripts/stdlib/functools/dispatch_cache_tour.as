import functools, inspect
class Cart:
    def __init__(self): self.items = []
    @functools.singledispatchmethod
    def add(self, item):
        raise TypeError(f"cannot add {type(item).__name__}")
    @add.register
    def _(self, item: str):
        self.items.append(item)
    @add.register
    def _(self, item: list):
        self.items.extend(item)
c = Cart(); c.add("a"); c.add(["b", "c"]); print(c.items)
try:
    c.add(1)
except TypeError as e:
    print("TypeError:", e)
@functools.lru_cache(maxsize=None)
def f(x, y=0):
    return x + y
print(f(1), f(1, 2), f.cache_info(), f.cache_parameters(), f.__wrapped__(5))
@functools.lru_cache(typed=True)
def g(x): return type(x).__name__
print(g(1), g(1.0), g.cache_info().currsize)
p = functools.partial(int, base=2)
print(p("101"), p.func, p.keywords, repr(functools.partial(max, 1, key=abs)))
print(functools.reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
def dec(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@dec
def documented(x: int) -> int:
    "docs"
    return x
print(documented.__name__, documented.__qualname__, documented.__doc__, inspect.signature(documented), documented.__module__)
class Temp:
    def __init__(self, c): self.c = c
    @functools.cached_property
    def f(self):
        print("compute"); return self.c * 9 / 5 + 32
t = Temp(100); print(t.f, t.f)
print(functools.total_ordering, functools.cmp_to_key) if False else None
@functools.total_ordering
class S:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v if isinstance(o, S) else NotImplemented
    def __gt__(self, o): return self.v > o.v if isinstance(o, S) else NotImplemented
print(S(1) < S(2), S(2) <= S(2), S(3) >= S(4))
try:
    S(1) < 5
except TypeError as e:
    print("TypeError:", e)
try:
    @functools.total_ordering
    class N: pass
except ValueError as e:
    print("ValueError:", e)
pm = functools.partialmethod
class Cell:
    def set_state(self, s): self.s = s; return self
    alive = pm(set_state, True)
print(Cell().alive().s)
