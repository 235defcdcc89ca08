# Checks: any/all on empty and non-empty iterables, return values are bools, short-circuiting
# on lists of mixed truthiness.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([0, 1]))
print(any(["", None, 0.0]), all(["a", 1, [0]]), any("abc"), all(""))
print(any([0, "x"]), type(any([0, "x"])), all([1, []]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), all(x < 4 for x in range(5)))
print(any({0: "a"}), any({1: ""}), all({0: 1}), any(range(0)), all(range(1, 4)))
seen = []
def mark(v):
    seen.append(v)
    return v
print(any(mark(v) for v in [0, 0, 3, 4]), seen)
seen.clear()
print(all(mark(v) for v in [1, 0, 5]), seen)
