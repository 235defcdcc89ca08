# Checks: repr and str of nested containers — lists, tuples, dicts, sets of ints, with strings,
# floats, None and bools inside; str() of a container uses repr() of its elements.
data = {
    "name": "widget",
    "tags": ["a", "b's", 'q"uote'],
    "dims": (1, 2.5, -0.0),
    "empty": [[], (), {}],
    "flags": {"on": True, "off": False, "none": None},
    "ids": {3, 1, 2},
    "single": (1,),
    "nested": [[1, [2, [3, [4]]]]],
}
print(data)
print(str(data) == repr(data))
for k, v in data.items():
    print(k, v, repr(v), str(v))
print([1, "1", 1.0, "1.0"])
print(("tuple", ["with", ("nested", {"k": "v"})]))
print([set(), {1}, {(1, 2)}, [{}], ({},)])
print(str(["a\nb"]), str("a\nb"))
print({1: [1, 2], (1, 2): {3: 4}})
print([float("inf"), float("nan"), 1e100, 10 ** 20])
