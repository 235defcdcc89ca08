# Instance attributes kept by shape: instances that set their attributes in different orders,
# that lose one, that have very many, whose __dict__ is taken; one attribute instruction
# meeting instances of several classes; a class attribute changed while instances use it.
class P:
    def __init__(self, a, b, first_b=False):
        if first_b:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b

    def total(self):
        return self.a + self.b


ps = [P(1, 2), P(3, 4, True), P(5, 6)]
for p in ps:
    print(vars(p), p.total(), list(p.__dict__))
p = ps[0]
del p.a
print(vars(p), hasattr(p, "a"))
try:
    p.total()
except AttributeError as e:
    print("AttributeError:", e)
p.a = 10
print(vars(p), p.total())
q = ps[1]
q.__dict__["c"] = 7
q.c += 1
print(q.c, vars(q))
del q.__dict__["a"]
print(vars(q), getattr(q, "a", "gone"))
q.a = 1
print(list(q.__dict__), q.total())

# Many attributes, some with names that are not identifiers.
m = P(0, 0)
for i in range(100):
    setattr(m, "k%d" % i, i)
setattr(m, "not an identifier", "odd")
setattr(m, "1x", "digit")
print(len(vars(m)), m.k0, m.k99, getattr(m, "not an identifier"), getattr(m, "1x"))
print(list(vars(m))[:4], list(vars(m))[-3:])
del m.k50
print("k50" in vars(m), m.k51, len(vars(m)))


# One site, many classes.
class A:
    def __init__(self):
        self.x = "A.x"

    def who(self):
        return "A"


class B(A):
    def __init__(self):
        self.y = "B.y"
        super().__init__()

    def who(self):
        return "B/" + super().who()


class C(A):
    x = "C class x"

    def __init__(self):
        pass


class D:
    x = property(lambda self: "D prop")

    def who(self):
        return "D"


def show(o):
    return (o.x, o.who())


for o in [A(), B(), C(), D(), A(), B(), C(), D()]:
    print(type(o).__name__, show(o))
c = C()
c.x = "own x"
print(show(c), show(C()))
A.who = lambda self: "new A.who"
print([show(o) for o in (A(), B(), C())])


# A class attribute counter, changed while methods read instance attributes.
class Counter:
    count = 0

    def __init__(self, n):
        self.n = n
        Counter.count += 1

    def get(self):
        return self.n + Counter.count


cs = [Counter(i) for i in range(5)]
print(Counter.count, [c.get() for c in cs])
Counter.get = lambda self: -self.n
print([c.get() for c in cs])
del Counter.get
try:
    cs[0].get()
except AttributeError as e:
    print("AttributeError:", e)


# super() method calls: functions, class and static methods, properties.
class Base:
    def f(self, v):
        return ("Base.f", v)

    @classmethod
    def cm(cls):
        return ("Base.cm", cls.__name__)

    @staticmethod
    def sm(v):
        return ("Base.sm", v)

    @property
    def pr(self):
        return ("Base.pr", type(self).__name__)


class Sub(Base):
    def f(self, v):
        return super().f(v), super().cm(), super().sm(v), super().pr

    def g(self):
        s = super()
        return s.f(1), s.cm()


print(Sub().f(2))
print(Sub().g())
Base.f = lambda self, v: ("lambda f", v)
print(Sub().f(3))


# Slots and a __getattr__ added to a class after its attributes were read.
class S:
    __slots__ = ("u", "v")

    def __init__(self):
        self.u = 1


s = S()
print(s.u, hasattr(s, "v"))
try:
    s.w = 3
except AttributeError as e:
    print("AttributeError:", e)


class G:
    def __init__(self):
        self.here = 1


def rd(o):
    return o.missing


g = G()
try:
    rd(g)
except AttributeError as e:
    print("AttributeError:", e)
G.__getattr__ = lambda self, name: "computed " + name
print(rd(g), g.here)


# Reading names from classes themselves at one site: functions, static and class methods,
# properties, type attributes, names deleted or replaced, a base changed under a subclass.
class K:
    v = 1

    def f(self):
        return "K.f"

    @staticmethod
    def s():
        return "K.s"

    @classmethod
    def c(cls):
        return "K.c " + cls.__name__

    p = property(lambda self: "K.p")


class L(K):
    pass


def from_class(k, name):
    return getattr(k, name)


def site(k):
    return (k.v, k.f(k), k.s(), k.c(), type(k.p).__name__, k.__name__)


print(site(K), site(L), site(K))
K.v = 2
L.f = lambda self: "L.f"
print(site(K), site(L))
del L.f
K.f = lambda self: "new K.f"
print(site(L), site(K))
del K.v
try:
    site(L)
except AttributeError as e:
    print("AttributeError:", e)


class Meta(type):
    def __getattr__(cls, name):
        return "Meta " + name


class M(metaclass=Meta):
    v = "M.v"

    def f(self):
        return "M.f"

    s = staticmethod(lambda: "M.s")
    c = classmethod(lambda cls: "M.c")
    p = None


print(site(M)[:4], M.missing)
print(from_class(K, "s")(), from_class(L, "c")())


# Special methods assigned after instances were made: on a base, and on a metaclass.
class H:
    pass


class HH(H):
    pass


def make_and_touch():
    h = HH()
    h.a = 1
    return h.a


print(make_and_touch(), HH.__name__)
H.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
H.__init__ = lambda self: print("H.__init__")
print(make_and_touch())
Meta.__call__ = lambda cls, *a: "Meta.__call__ " + cls.__name__
print(M())
del Meta.__call__
print(type(M()).__name__)
