# Checks: CPython's exact messages for wrong calls to user functions, methods, lambdas and
# constructors (argument counts, unexpected / duplicate keywords, missing keyword-only args).
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(x):
    return x
def g(a, b, c=1):
    return a
def h(*, key):
    return key
def none():
    return 0
class C:
    def __init__(self, v):
        self.v = v
    def method(self, a):
        return a
    @staticmethod
    def st(a):
        return a
    @classmethod
    def cm(cls, a):
        return a
lam = lambda p, q: p
show(lambda: f())
show(lambda: f(1, 2))
show(lambda: f(z=1))
show(lambda: f(1, x=1))
show(lambda: g())
show(lambda: g(1))
show(lambda: g(1, 2, 3, 4))
show(lambda: g(1, 2, d=4))
show(lambda: h())
show(lambda: h(1))
show(lambda: h(key=1, other=2))
show(lambda: none(1))
show(lambda: none(1, 2))
show(lambda: C())
show(lambda: C(1, 2))
show(lambda: C(1).method())
show(lambda: C(1).method(1, 2))
show(lambda: C.method(1))
show(lambda: C.st())
show(lambda: C.cm())
show(lambda: lam(1))
show(lambda: lam(1, 2, 3))
