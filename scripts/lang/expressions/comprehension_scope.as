# Checks: comprehension loop variables do not leak into the enclosing scope, the first
# iterable is evaluated in the enclosing scope, comprehensions see enclosing variables, and
# class bodies do not leak into comprehensions.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
total = [x for x in "ab"]
print(x, total)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}, sum(z for _ in range(4))
print(f())
for i in range(3):
    pass
print("loop var after for:", i)
[j for j in range(3)]
try:
    print(j)
except NameError as e:
    print("NameError:", e)
items = [1, 2, 3]
print([v for v in items if v in items])
class K:
    factor = 3
    first = [n for n in range(factor)]
    try:
        bad = [factor * n for n in range(2)]
    except NameError as e:
        err = str(e)
print(K.first, K.err, hasattr(K, "bad"))
n = 100
print([n for n in range(3)], n)
print([[n for n in range(k)] for k in range(3)], n)
