# Checks: range — len, indexing, slicing (gives a range), negative steps, `in`, repr,
# equality, list(range(...)), empty ranges, errors.
r = range(10)
print(r, repr(range(2, 8)), range(0, 10, 3), range(5, 0, -1))
print(len(r), len(range(2, 8)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(5, 5)))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -2)))
print(r[0], r[-1], r[5], range(0, 10, 3)[-1], range(5, 0, -1)[1])
print(r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 2)[1:4])
print(list(r[::-1]), list(range(0, 20, 2)[::3]))
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 3), 4 in range(0, 10, 3), 2.0 in r)
print(range(0) == range(5, 5), range(3) == range(0, 3, 1), range(0, 3) == range(0, 4)[:3])
print(sum(range(101)), max(range(5)), min(range(3, 9)))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(0, 10 ** 20, 7)[2])
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
