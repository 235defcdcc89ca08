# Checks: find/rfind/index/rindex/count/startswith/endswith (incl. tuples and start/end args),
# the `in` operator on strings.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.find("o"), s.find("o", 13), s.find("o", 13, 15), s.rfind("o", 0, 20))
print(s.index("quick"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), "".count(""))
print(s.startswith("the"), s.startswith("quick"), s.startswith("quick", 4))
print(s.endswith("dog"), s.endswith(("cat", "dog")), s.startswith(("a", "b")))
print(s.endswith("lazy", 0, -4))
print("" in s, "fox" in s, "Fox" in s, "fox" not in s)
print("abc".find(""), "abc".rfind(""), "abc".find("", 10))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
print("banana".count("a", 2), "banana".count("an", 0, 4))
