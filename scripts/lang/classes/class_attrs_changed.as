# Class attributes changed, added and deleted after instances read them, by name and through
# getattr/setattr/delattr: every read sees the change.
class A:
    n = 0
    def f(self): return "A.f"
class B(A):
    pass
b = B()
for i in range(3):
    B.n += 1
    print(b.n, A.n, getattr(b, "n"), b.f())
A.f = lambda self: "new f"
print(b.f(), getattr(b, "f")())
del A.f
try:
    b.f()
except AttributeError as e:
    print(e)
A.g = property(lambda self: "prop")
print(b.g)
b.g2 = 1
B.g2 = property(lambda self: "data wins")
print(b.g2)
name = "dyn"
setattr(B, name, 5)
print(getattr(b, name), hasattr(b, "dyn"))
delattr(B, name)
print(hasattr(b, name))
