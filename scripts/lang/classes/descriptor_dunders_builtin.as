def f(x): return x * 2
class C:
    def m(self): return "m"
    @property
    def p(self): return "p"
for t in (property, classmethod, staticmethod, type(f)):
    print(t.__name__, [n for n in ("__get__", "__set__", "__delete__") if hasattr(t, n)])
print(f.__get__(3)())
print(f.__get__(None, int) is f)
c = C()
print(C.__dict__["m"].__get__(c, C)())
print(C.__dict__["p"].__get__(c, C), C.__dict__["p"].__get__(None, C) is C.__dict__["p"])
print(property.__get__(C.__dict__["p"], c))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, C)(), cm.__get__(c)())
sm = staticmethod(lambda: "s")
print(sm.__get__(None, C)(), sm.__get__(c)())
print(callable(property.__set__), callable(property.__delete__))
class D:
    x = property(lambda s: s._x, lambda s, v: setattr(s, "_x", v), lambda s: print("del"))
d = D()
D.__dict__["x"].__set__(d, 5)
print(d.x)
D.__dict__["x"].__delete__(d)
try:
    C.__dict__["p"].__set__(c, 1)
except AttributeError as e:
    print(e)
print(type(f).__get__(f, 4)())
