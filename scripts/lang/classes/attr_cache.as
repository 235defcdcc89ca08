# Attribute reads, writes and method loads on instances (served by per-code inline caches)
# while the classes, their descriptors and hooks change under them.
class A:
    k = 5
    def m(self):
        return "A.m"
    @property
    def p(self):
        return "prop"
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
def read(o):
    out = []
    for name in ("k", "m", "p", "s", "c"):
        pass
    out.append(o.k)
    out.append(o.m())
    out.append(o.p)
    out.append(o.s())
    out.append(o.c())
    try:
        out.append(o.z)
    except AttributeError as e:
        out.append(str(e))
    return out
a = A()
print(read(a))
a.k = 7
a.m = lambda: "own m"
print(read(a))
try:
    a.p = 1
except AttributeError as e:
    print(e)
A.z = "class z"
print(read(a))
A.m = lambda self: "new A.m"
del a.m
print(read(a))
class B(A):
    def __getattr__(self, n):
        return "getattr " + n
b = B()
print(read(b))
A.p = property(lambda self: "prop2")
print(read(b), read(a))
class D:
    def __get__(self, obj, cls):
        return "D.get"
class E:
    x = D()
e = E()
def rx(o):
    return o.x
print(rx(e))
e.__dict__["x"] = "own x"
print(rx(e))
class DD:
    def __get__(self, obj, cls):
        return "DD.get"
D.__set__ = lambda self, o, v: print("D.set", v)
e.x = 3
print(rx(e))
class F:
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v)
def wx(o, v):
    o.x = v
f = F()
wx(f, 1)
wx(a, 2)
print(f.x, a.x)
F.__setattr__ = object.__setattr__
wx(f, 3)
print(f.x)
class S:
    __slots__ = ("x",)
s = S()
wx(s, 9)
print(rx(s))
try:
    s.y = 1
except AttributeError as e:
    print(e)
class G:
    def __getattribute__(self, n):
        return "ga " + n
print(rx(G()))
def call_m(o):
    return o.m()
print(call_m(a), call_m(b))
a.m = lambda: "own again"
print(call_m(a))
class H(A):
    pass
print(call_m(H()))
H.m = lambda self: "H.m"
print(call_m(H()))
d = a.__dict__
d["k"] = 99
print(a.k)
a.k = 100
print(d["k"])
