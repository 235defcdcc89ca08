# __slots__: values by descriptor across subclasses, unset and deleted slots, __dict__ beside
# slots, layout conflicts between slotted bases, the descriptor methods, __getattr__ and
# __setattr__ around slots, copies, and slots refused on int subclasses.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    __slots__ = ("a", "b")
class B(A):
    __slots__ = ("c",)
class C(B):
    pass
class D(A):
    __slots__ = ("b2",)
b = B(); b.a, b.b, b.c = 1, 2, 3
t(lambda: (b.a, b.b, b.c))
c = C(); c.c = 5; c.z = 6
t(lambda: (c.c, c.z, c.__dict__))
t(lambda: A().a)
def delit():
    x = B(); x.a = 1; del x.a; return x.a
t(delit)
def deltwice():
    x = B(); del x.c
t(deltwice)
t(lambda: setattr(B(), "zz", 1))
t(lambda: A.a.__get__(b))
t(lambda: A.a.__get__(D()))
t(lambda: B.c.__get__(A()))
t(lambda: [cls.__name__ for cls in (A, B, C, D)])
class E:
    __slots__ = ("x", "__dict__")
e = E(); e.x = 1; e.y = 2
t(lambda: (e.x, e.y, e.__dict__))
class F(E):
    __slots__ = ("w",)
f = F(); f.w = 3; f.x = 4; f.q = 5
t(lambda: (f.w, f.x, f.q))
class G:
    __slots__ = ()
class H(G, A):
    __slots__ = ("h",)
h = H(); h.h = 1; h.a = 2
t(lambda: (h.h, h.a))
try:
    class I(B, D):
        pass
except TypeError as e:
    print("TypeError", e)
class J(A):
    __slots__ = ("a",)
j = J(); j.a = 9
t(lambda: (j.a, A.a.__get__(j, J) if False else "skip"))
class K:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __getattr__(self, name): return f"missing {name}"
k = K(1)
t(lambda: (k.v, k.other))
del k.v
t(lambda: k.v)
class L:
    __slots__ = ("v",)
    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value * 2)
l = L(); l.v = 4
t(lambda: l.v)
import copy
class M:
    __slots__ = ("p", "q")
m = M(); m.p = [1]
t(lambda: (copy.copy(m).p, copy.deepcopy(m).p, hasattr(copy.copy(m), "q")))
try:
    class N(int):
        __slots__ = ("tag",)
except TypeError as e:
    print("TypeError", e)
class P(tuple):
    __slots__ = ()
print(P((1, 2)))
