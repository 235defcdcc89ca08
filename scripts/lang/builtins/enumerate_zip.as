# Checks: enumerate with and without start (incl. negative start), zip of uneven lengths (stops
# at shortest), zip of one/zero iterables, unzip with zip(*pairs).
print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("ab", start=-1)))
for i, (x, y) in enumerate(zip("xy", [10, 20]), start=100):
    print(i, x, y)
print(list(zip([1, 2, 3], "ab")), list(zip(range(10), "xyz", [True, False])))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip("abc", range(3))), dict(enumerate("xy")))
e = enumerate([5, 6])
print(next(e), list(e))
z = zip([1, 2, 3], [4, 5, 6])
print(next(z), list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
