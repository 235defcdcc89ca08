# Checks: nested lists as matrices — comprehensions, zip(*m) transposition, multiplication,
# identity, formatting rows with join and format specs.
def mat_mul(a, b):
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def show(m):
    for row in m:
        print(" ".join(f"{v:>5}" for v in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
print(mat_mul(a, identity(3)) == a)
t = [list(r) for r in zip(*a)]
print(t)
m = [[2, 0], [0, 2]]
p = identity(2)
for _ in range(10):
    p = mat_mul(p, m)
print(p)
fibm = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(90):
    r = mat_mul(r, fibm)
print(r[0][1])
grid = [[(r * 4 + c) % 7 for c in range(4)] for r in range(3)]
show(grid)
print([max(row) for row in grid], [sum(col) for col in zip(*grid)])
print([[round(v / 3, 2) for v in row] for row in grid][1])
