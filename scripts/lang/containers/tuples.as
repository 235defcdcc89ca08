# Checks: tuples — one-element and empty tuples, count/index, comparison, concatenation,
# immutability error, tuples as dict keys and set members, hash equality.
t = (1, 2, 3, 2, 1)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t))
print(t.count(2), t.count(9), t.index(3), t.index(1, 1))
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"))
print(type(()), type((1,)), type((1)))
print((1, 2) + (3,), (1, 2) * 2, 1 in t, 9 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2))
x = 1, 2, 3
print(x)
a, b = x[:2]
print(a, b)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2], (1, 2) in d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
