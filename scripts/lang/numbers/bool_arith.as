# Checks: bool is an int subclass — arithmetic, sums of bools, comparisons, ints in bool context.
print(True + True, True * 10, False - True, True / 2, True // 1, -True, ~False)
print(sum([True, True, False, True]), sum(x > 2 for x in [1, 2, 3, 4, 5]))
print(True == 1, False == 0, True < 2, isinstance(True, int))
print(type(True + True), type(True & True), type(True | False), type(not 1))
print(True & True, True | False, True ^ True, False ^ True)
print(int(True), float(False), str(True), repr(False))
print([1, 2, 3][True], "ab"[False])
d = {1: "one", True: "true?", 0: "zero"}
print(d)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "), bool([]), bool([0]),
      bool(()), bool({}), bool(None), bool(range(0)), bool(range(1)))
print(hash(True) == hash(1), True in [1], 1 in [True])
