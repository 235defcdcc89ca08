# Checks: tuple/list unpacking from any iterable, swapping, nested unpacking, unpacking in for
# loops, and the errors for wrong lengths.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = (3, 4), 5
print(e, f, g)
h, (i, (j, k)) = 1, [2, (3, 4)]
print(h, i, j, k)
x, y, z = range(3)
print(x, y, z)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
for n, (lo, hi) in enumerate([(1, 2), (3, 4)]):
    print(n, lo, hi)
for key, value in {"a": 1, "b": 2}.items():
    print(key, value)
(p) = 7
(q,) = [8]
print(p, q)
r, = "r"
print(r)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)
try:
    a, b, c = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b = 5
except TypeError as err:
    print("TypeError:", err)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as err:
    print("ValueError:", err)
