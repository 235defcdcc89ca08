# Checks: hash() equality properties only — ints equal to floats/bools hash equal, tuples of
# equal ints hash equal, unhashable types. Raw hash values are never printed.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0))
print(hash(-5) == hash(-5), hash(2 ** 70) == hash(2 ** 70), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash(2.5) == hash(2.5), hash(0.5) == hash(1 / 2))
s = "some string"
print(hash(s) == hash("some " + "string"), hash((1, "a")) == hash((1, "a")))
print(type(hash("x")), type(hash(1.5)))
for bad in [[], {}, set(), ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
