# Metaclass dunders, __class_getitem__, __getattribute__/__setattr__, property getter override, __new__, numeric dunders.
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(cls.members)
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")

class Duck(metaclass=Meta):
    members = ["a", "b"]

class Robot:
    def quack(self): return "beep"

print(Duck, len(Duck), list(Duck), Duck[int], isinstance(Robot(), Duck), isinstance(3, Duck))

class Vector:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __class_getitem__(cls, item): return f"Vector of {item.__name__}"
    def __iter__(self):
        yield self.x
        yield self.y
    def __getattribute__(self, name):
        if name == "magnitude":
            x, y = object.__getattribute__(self, "x"), object.__getattribute__(self, "y")
            return (x * x + y * y) ** 0.5
        return super().__getattribute__(name)
    def __setattr__(self, name, value):
        if name not in ("x", "y"):
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        raise AttributeError("immutable-ish")
v = Vector(3, 4)
print(Vector[int], list(v), v.magnitude, dict(zip("xy", v)))
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del v.x
except AttributeError as e:
    print("AttributeError:", e)
match v:
    case Vector(3, y):
        print("y is", y)

class Celsius:
    def __init__(self): self._t = 0
    def get(self): return self._t
    def set(self, v): self._t = v
    temp = property(get, set, doc="temperature")
c = Celsius()
c.temp = 5
print(c.temp, Celsius.temp.__doc__)

class Base:
    @property
    def value(self): return 1
class Child(Base):
    @Base.value.getter
    def value(self): return super().value + 1
print(Child().value)

class Counter:
    count = 0
    def __new__(cls, *args):
        cls.count += 1
        inst = super().__new__(cls)
        return inst
    def __init__(self, n): self.n = n
a, b = Counter(1), Counter(2)
print(Counter.count, a.n, b.n)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return self + o
    def __iadd__(self, o):
        self.v += o.v if isinstance(o, Num) else o
        return self
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
    def __index__(self): return self.v
    def __round__(self, n=None): return Num(round(self.v, n))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
n = Num(1)
n += 2
print(n, sum([Num(1), Num(2)]), 5 + Num(1), sorted([Num(3), Num(1)]), [10, 20, 30][Num(1)], round(Num(2.567), 1), int(Num(3)), float(Num(2)), bin(Num(5)))
try:
    Num(1) > 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(Num(1) > Num(0))
