# Instance creation: every way __init__ can behave when a class is called (run as a frame of
# the caller's loop), next to __new__, metaclass __call__ and exceptions.
import sys
class A:
    def __init__(self, x, y=2, *, z=3):
        self.v = x + y + z
print(A(1).v, A(1, 5, z=10).v)
class B:
    def __init__(self):
        return 5
try:
    B()
except TypeError as e:
    print(e)
class C:
    def __init__(self, a):
        raise ValueError("bad %s" % a)
try:
    C(4)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print(e, n)
try:
    A()
except TypeError as e:
    print(e)
class D:
    def __init__(self):
        self.f = "mk"
def mk():
    return D().f
print(mk())
class R:
    def __init__(self, n):
        self.c = R(n - 1) if n else None
try:
    R(100000)
except RecursionError as e:
    print("rec", e)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(e.args, e.b)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, q):
        self.q = q
print(M(7).q)
class N:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, a):
        self.a = a
print(N(3).a)
class P(A):
    def __init__(self):
        super().__init__(10)
print(P().v)
def deco(self, x):
    self.x = x
class Q:
    pass
Q.__init__ = deco
print(Q(9).x)
del Q.__init__
try:
    Q(1)
except TypeError as e:
    print(e)
