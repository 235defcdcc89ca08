# Lists of ints go through every list operation, also when a non-int, a bool, an int beyond
# 32 bits or a big int arrives, so each storage form must behave as every other list.
big = 2**31
xs = []
for i in range(10):
    xs.append(i * 1000 - 3000)
print(xs, len(xs), xs[0], xs[-1], xs[2:5], xs[::-3], xs[100:])
xs[1] = 7
xs[2] = big
print(xs[1], xs[2], xs[2] == big, xs[2] is xs[2])
ys = [5, 6, 7]
ys.append(True)
print(ys, [type(y).__name__ for y in ys])
zs = [1, 2, 3]
zs[0] = "a"
print(zs)
ws = [1, 2]
ws.append(2**40)
ws.append(10**30)
print(ws, -ws[2], ws.pop(), ws.pop(0), ws)
ns = [n * n for n in range(-5, 6)]
print(ns, sum(ns), min(ns), max(ns), sorted(ns), ns.index(25), ns.count(25))
ns.remove(25)
del ns[0]
del ns[1:3]
ns.insert(1, 99)
print(ns, 99 in ns, 98 in ns)
ms = ns + [1, 2]
ms += [3]
ms.extend([4, 5])
ms.extend((6.5,))
print(ms, ns * 2, [1] * 3, ns == ns[:], ns < ms, ms.copy(), list(reversed(ns)))
a, b, *rest = [10, 20, 30, 40]
print(a, b, rest, tuple(ns), {*ns} == set(ns), str(ns), repr([]))
e = []
e.extend([1, 2])
e.extend([])
e.extend(["x"])
print(e, [-(2**31)], [2**31 - 1], [-(2**31) - 1])
acc = 0
for v in [3, 1 << 20, -7]:
    acc += v
print(acc, [x + 1 for x in [1, 2, 3]], [i for i in range(3)][1:], list(range(3)))
q = [1, 2, 3]
q.clear()
q.append("s")
q.append(1)
print(q)
r = [0] * 5
r[2] = 9
r.sort(reverse=True)
print(r, r.pop(), r)
