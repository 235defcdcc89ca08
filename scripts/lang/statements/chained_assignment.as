# Checks: chained assignment binds the same object to every target, left to right, and the
# right-hand side is evaluated only once.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
def value():
    print("evaluated once")
    return [0, 0]
p = q = value()
print(p is q)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
d = {}
d["k"] = d["j"] = "same"
print(d)
m, n = o = (1, 2)
print(m, n, o)
class Box:
    pass
box = Box()
box.a = box.b = "attr"
print(box.a, box.b)
