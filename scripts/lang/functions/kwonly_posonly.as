# Checks: keyword-only parameters (after * or *args) and positional-only parameters (before /),
# including a parameter named like a **kwargs key, and their error messages.
def kw(a, *, b, c=3):
    return (a, b, c)
print(kw(1, b=2), kw(a=1, b=2, c=4))
try:
    kw(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw(1)
except TypeError as e:
    print("TypeError:", e)
def pos(a, b, /, c, d=4):
    return (a, b, c, d)
print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=5))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def both(x, /, y, *, z):
    return x + y + z
print(both(1, 2, z=3), both(1, y=2, z=3))
def flexible(name, /, **kwargs):
    return name, kwargs
print(flexible("pos", name="kw"))
def varkw(*args, sep="-"):
    return sep.join(args)
print(varkw("a", "b"), varkw("a", "b", sep="+"))
try:
    both(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def two_kwonly(*, p, q):
    return p, q
try:
    two_kwonly()
except TypeError as e:
    print("TypeError:", e)
