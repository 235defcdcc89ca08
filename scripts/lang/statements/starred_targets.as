# Checks: starred assignment targets — position (start, middle, end), empty star, nested,
# in for loops, star always gives a list, and the error when too few values.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything)
head, *tail = (9,)
print(head, tail, type(tail))
(x, *y), *w = [1, 2, 3], 4, 5
print(x, y, w)
for p, *q in [(1, 2, 3), (4,), (5, 6)]:
    print(p, q)
a, b, *c, d = 1, 2, 3, 4, 5, 6
print(a, b, c, d)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = "x"
except ValueError as e:
    print("ValueError:", e)
