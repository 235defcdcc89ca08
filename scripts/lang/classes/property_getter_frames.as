# Properties read through LOAD_ATTR, whose Python getters run as frames of the dispatch loop:
# generators and defaults as getters, __getattr__ after an AttributeError, a replaced property.
class A:
    def __init__(self, x): self.x = x
    @property
    def double(self): return self.x * 2
    @property
    def bad(self): raise AttributeError("inner")
    @property
    def gen(self):
        yield self.x
    @property
    def deflt(self, k=3): return self.x + k
class B(A):
    def __getattr__(self, name): return "fallback " + name
a = A(4)
print(a.double, list(a.gen), a.deflt)
b = B(5)
print(b.double, b.bad)
try:
    a.bad
except AttributeError as e:
    print("AE", e)
A.double = property(lambda self: -self.x)
print(a.double, b.double)
class C:
    p = property()
try:
    C().p
except AttributeError as e:
    print(e)
class F:
    n = 0
    @property
    def count(self):
        F.n += 1
        return F.n
f = F()
print([f.count for _ in range(3)], sum(f.count for _ in range(4)))
