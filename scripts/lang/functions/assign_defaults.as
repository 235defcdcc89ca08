# Assigning __defaults__ and __kwdefaults__ changes what a call binds.
f = lambda a, b, c: (a, b, c)
f.__defaults__ = (2, 3)
print(f.__defaults__)
print(f(1))
def g(a, b=1): return a, b
g.__defaults__ = (5,)
print(g(0))
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print(e)
def h(*, k=1): return k
h.__kwdefaults__ = {"k": 7}
print(h())
