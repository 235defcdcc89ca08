# Checks: dict creation, lookup, assignment, `in`, del, len, KeyError with the repr of the key,
# int/float/bool key equivalence, dict(zip(...)), dict(...) from pairs and kwargs.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d, 1 in d)
del d["b"]
print(d)
print(dict(zip(["x", "y", "z"], [1, 2, 3])))
print(dict(zip("ab", range(10))))
print(dict([("k", "v"), ("k2", "v2")]), dict(a=1, b=2), dict({"p": 1}, q=2), dict())
n = {1: "int", 2.0: "float"}
n[1.0] = "replaced via float"
n[True] = "replaced via True"
n[2] = "replaced via int"
print(n)
print({1: "a", 1.0: "b", True: "c"})
e = {}
e[(1, 2)] = "tuple"
e[None] = "none"
e[-5] = "neg"
print(e, e[1, 2], e[None])
try:
    d["missing"]
except KeyError as err:
    print("KeyError:", err, repr(err), err.args)
try:
    d[(1, 2)]
except KeyError as err:
    print("KeyError:", err)
try:
    d[42]
except KeyError as err:
    print("KeyError:", err)
try:
    del d["nope"]
except KeyError as err:
    print("KeyError:", err)
try:
    d[[1]] = 1
except TypeError as err:
    print("TypeError:", err)
print(d == {"c": 3, "a": 10}, d != {"a": 10})
