# Checks: type() of builtin values and user instances, printing classes, type comparisons,
# type(x).__name__, type of types.
for v in [1, 1.0, "s", True, None, [], (), {}, set(), range(1), 10 ** 30]:
    print(type(v), type(v).__name__)
class Mine:
    pass
class Sub(Mine):
    pass
print(type(Mine()), type(Sub()), type(Mine), type(int), type(type))
print(Mine, Sub, int, str)
print(type(Sub()) == Sub, type(Sub()) == Mine, type(True) == int)
print(type(lambda: 0).__name__)
print(str(type(1)), repr(type("x")))
print(type(ValueError("x")), type(ZeroDivisionError))
print(int, float, bool, list, tuple, dict, set, range, type, object, Exception)
