# Checks: list slicing with steps, out-of-range slices, slice assignment (growing, shrinking,
# extended slices), slice deletion, and the errors for mismatched extended-slice assignment.
a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::3], a[::-1], a[7:2:-2], a[100:], a[-100:2], a[5:1])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[:2] = []
print(b)
b[len(b):] = ["end1", "end2"]
print(b)
b[-2:] = "XY"
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::2] = range(5)
print(c)
c[::-3] = [-1, -2, -3, -4]
print(c)
d = list(range(10))
del d[::2]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
e[5:10] = [9]
print(e)
try:
    f = list(range(6))
    f[::2] = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    [1, 2][5]
except IndexError as err:
    print("IndexError:", err)
try:
    g = [1, 2]
    g[5] = 0
except IndexError as err:
    print("IndexError:", err)
print(a[1:8][::2], a[-1:-5:-1][1:])
