# Checks: bool() on every kind of value, including user objects with __bool__ / __len__.
for v in [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", "0", "False", [], [[]], (), (0,), {}, {0: 0},
          set(), {0}, None, range(0), range(1), True, False]:
    print(repr(v), bool(v))
print(bool(), bool(bool))
class Z:
    def __bool__(self):
        return False
print(bool(Z()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
