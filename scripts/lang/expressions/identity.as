# Checks: `is` / `is not` on None, booleans, the same object via aliasing, fresh containers,
# and id() only compared for equality.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
print(None is None, True is True, False is not True)
def f():
    pass
print(f() is None, f is f)
x = {}
y = x
y["k"] = 1
print(x is y, x)
t = (a, a)
print(t[0] is t[1], t[0] is a)
print(type(1) is int, type("s") is str, type(True) is bool, type(True) is not int)
print([] is [], {} is {})
class C:
    pass
o = C()
p = o
print(o is p, C() is C(), isinstance(o, C))
