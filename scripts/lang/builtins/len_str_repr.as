# Checks: len of every builtin container, str() and repr() of every builtin value type.
print(len("hello"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(7)), len(""))
print(len({"a": 1}.keys()), len({"a": 1}.values()), len({"a": 1}.items()))
values = [0, -12, 3.0, 1e-7, True, None, "s", "it's", [1, "a"], (1,), (), {"k": [1]}, {1}, set(),
          range(3), range(1, 10, 2), -0.0, 10 ** 20, float("inf")]
for v in values:
    print(str(v), "|", repr(v))
print(str(), repr(""), str("already str"))
print(repr(repr("x")), str(str(1)))
