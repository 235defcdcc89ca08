# Checks: repr of self-referencing containers prints `...` instead of recursing forever.
a = [1, 2]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
print(len(a), a[2] is a, a[2][2][2][0])
