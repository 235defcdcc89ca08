# Checks: list comprehensions — conditions, multiple for-clauses (order), nested comprehensions,
# multiple conditions, unpacking targets, expressions referencing outer variables.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([k + str(v) for k, v in [("a", 1), ("b", 2)]])
print([c.upper() for c in "abc"], [len(w) for w in "the quick brown".split()])
scale = 10
print([x * scale for x in [1, 2, 3]])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]])
print([[] for _ in range(3)])
print([x for x in []], [x for x in range(3) if False])
fns = [lambda n=i: n * 2 for i in range(3)]
print([f() for f in fns])
