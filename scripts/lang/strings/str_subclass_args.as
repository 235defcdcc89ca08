# An instance of a str subclass (a str-mixin Enum's member, say) is a str wherever a str
# method, 'in' or maketrans wants one: CPython reads the text inside it.
class S(str):
    pass
b, c = S("b"), S(",")
tests = [
    lambda: "abc".replace(b, "x"), lambda: "abc".replace("b", S("y")), lambda: "a,b".split(c),
    lambda: ",".join([S("a"), "b"]), lambda: "abc".find(b), lambda: "abc".index(b), lambda: "abc".count(b),
    lambda: "abc".startswith(S("a")), lambda: "abc".endswith((S("c"),)), lambda: "abc".strip(S("a")),
    lambda: "a,b".partition(c), lambda: "a,b".rsplit(c), lambda: b in "abc", lambda: "abc" + b,
    lambda: {"b": 1}[b], lambda: "abc".removeprefix(S("a")), lambda: "abc".removesuffix(S("c")),
    lambda: "x".center(5, S("*")), lambda: "a{}".format(b), lambda: "%s!" % b, lambda: b * 2,
    lambda: "abc".lstrip(S("a")), lambda: "a,b".rpartition(c), lambda: "abc".rfind(b),
    lambda: str.maketrans(S("a"), S("b")), lambda: "b" == b, lambda: sorted([S("b"), "a"]),
    lambda: "abc".ljust(5, S("-")), lambda: "a\tb".expandtabs(), lambda: int(S("12")), lambda: float(S("1.5")),
]
for t in tests:
    try:
        r = t()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world"
print(s.endswith("world"), s.startswith("hello"), s.startswith(""), s.endswith(("x", "d")))
print(s.startswith("world", 6), s.endswith("hello", 0, 5), s.startswith("h", None), s.endswith("d", None, None))
print(b"abc".startswith(b"a"), b"abc".endswith(b"c"), "é€x".endswith("x"), "é€x".startswith("é€"))
for bad in [1, None, ["a"], ("a", 1)]:
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(b"ab".endswith(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    print(b"ab".endswith("a"))
except TypeError as e:
    print("TypeError", e)
class S2(str):
    pass
print(S2("abc").endswith("c"), "abc".endswith(S2("bc")))
