# Checks: calls with keyword arguments, * and ** unpacking (several of each, mixed with normal
# arguments), unpacking of any iterable, and the errors for duplicate arguments.
def f(a, b, c=3, *rest, **kw):
    return f"a={a} b={b} c={c} rest={rest} kw={kw}"
print(f(1, 2))
print(f(1, 2, 4, 5, 6))
print(f(b=1, a=2))
print(f(*[1, 2, 3, 4]))
print(f(*(1,), *[2], 9))
print(f(**{"a": 1, "b": 2, "z": 26}))
print(f(1, **{"b": 2}, **{"y": 25}))
print(f(*"xy", c="C", d="D"))
print(f(*range(5)))
print(f(1, *[2, 3], 4, *(5,), x=1, **{"w": 0}))
def g(x, y):
    return x - y
args = {"y": 1, "x": 10}
print(g(**args), g(*sorted(args.values())), g(y=5, x=1))
print(max(*[3, 9, 2]), print(*["printed", "via", "star"], sep="-"))
try:
    f(1, 2, a=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"b": 2}, **{"b": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    g(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    g(**[1])
except TypeError as e:
    print("TypeError:", e)
