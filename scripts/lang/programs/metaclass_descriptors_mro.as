# Metaclasses, __init_subclass__, descriptors with __set_name__, __getattr__, MRO and super, slots, __missing__.
class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst._created_by_meta = True
        return inst

class Plugin(metaclass=Meta):
    def __init_subclass__(cls, /, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind

class CSVPlugin(Plugin, kind="csv"):
    pass

class JSONPlugin(Plugin):
    pass

print(sorted(Meta.registry), CSVPlugin.kind, JSONPlugin.kind, CSVPlugin()._created_by_meta, type(CSVPlugin).__name__)

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Product:
    name = Typed(str)
    price = Typed(float)
    def __init__(self, name, price):
        self.name = name
        self.price = price
p = Product("pen", 1.5)
print(p.name, p.price, Product.name.public, vars(p))
try:
    p.price = "cheap"
except TypeError as e:
    print("TypeError:", e)

class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        v = f"<{name}>"
        self.loaded[name] = v
        return v
lz = Lazy()
print(lz.foo, lz.bar, lz.loaded, hasattr(lz, "_x"), getattr(lz, "_y", "dflt"))

class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B>" + super().hello()
class C(A):
    def hello(self): return "C>" + super().hello()
class D(B, C):
    def hello(self): return "D>" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    def __init__(self, **kw):
        self.extra = kw
class Mixin:
    def describe(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v}' for k, v in sorted(vars(self).items()))})"
class Thing(Mixin, Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
print(Thing("t", color="red").describe())

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)

class Registry(dict):
    def __missing__(self, key):
        self[key] = len(self)
        return self[key]
r = Registry()
print(r["a"], r["b"], r["a"], r)

class MyList(list):
    def __getitem__(self, i):
        if isinstance(i, int):
            return super().__getitem__(i - 1)
        return super().__getitem__(i)
ml = MyList([10, 20, 30])
print(ml[1], ml[3], ml[0:2], len(ml), ml + [1], type(ml + [1]).__name__)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__ is None, Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __len__(self): return self.n
    def __bool__(self): return self.n > 0
print(list(Countdown(3)), list(reversed(Countdown(3))), bool(Countdown(0)), 2 in Countdown(3))
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as c:
    raise KeyError("suppressed")
print("after with")
class P:
    @classmethod
    def create(cls): return cls()
    def __repr__(self): return f"{type(self).__qualname__}()"
class Q(P): pass
print(Q.create(), P.create(), Q.__qualname__, Q.__name__, Q.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(type(3).__name__, type(type).__name__, isinstance(Q(), P), issubclass(bool, int), object.__name__)
