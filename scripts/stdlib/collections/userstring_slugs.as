# A Slug string type via UserString: str methods that build strings return Slugs, while
# split, partition, join, find and the is* tests return what str's do.
from collections import UserString
from collections.abc import Sequence


class Slug(UserString):
    def __init__(self, text):
        super().__init__(str(text).strip().lower().replace(" ", "-"))

    def parts(self):
        return self.split("-")


s = Slug("  Hello Async World ")
print(s, repr(s), type(s).__name__, len(s))
up = s.upper()
print(up, type(up).__name__, type(s.replace("-", "_")).__name__, s.replace("-", "_", 1))
print(s.parts(), type(s.parts()[0]).__name__, s.partition("-"), s.rsplit("-", 1))
print(s[0], type(s[0]).__name__, s[6:11], type(s[6:11]).__name__, s[::-1])
print(s + "-v2", type(s + "-v2").__name__, "pre-" + s, type("pre-" + s).__name__)
print(s * 2, type(3 * s).__name__)
print(s.startswith("hello"), s.endswith(("x", "world")), s.find("async"), s.find(Slug("async")))
print(s.count("o"), s.count(UserString("l")), s.rfind("o"), s.index("w"), s.rindex("o"))
print("async" in s, Slug("Async") in s, "ASYNC" in s)
print(s.title(), s.capitalize(), s.center(25, "."), s.ljust(20, "_"), s.rjust(20), s.zfill(22))
print(s.strip("hd"), s.lstrip("he"), s.rstrip("dl"), s.swapcase(), s.casefold())
print(s.removeprefix("hello-"), s.removesuffix(Slug("World")), s.expandtabs(4))
print(s.isalpha(), Slug("abc").isalpha(), Slug("123").isdigit(), s.islower(), s.isascii())
print("-".join(["a", "b"]), type(s.join("xy")).__name__, s.join("xy"))
print(s.translate(str.maketrans("-", " ")), s.maketrans("ab", "AB"), s.encode(), s.encode(None))

name = UserString("Ada")
print(UserString("Hi %s, you are %d") % (name, 36), type(UserString("%s") % "x").__name__)
print("[%s]" % name, "%r" % name, f"{name}|{name!r}", "{0}".format(name))
print(UserString("{} and {x}").format(1, x=2), type(UserString("{}").format(1)).__name__)
print(UserString("{a}").format_map({"a": "mapped"}))
print(name == "Ada", "Ada" == name, name == UserString("Ada"), name < "Bob", name >= UserString("Ada"))
print(name != "ada", sorted([UserString("b"), UserString("a")]), hash(name) == hash("Ada"))
seen = {name: 1}
print(seen["Ada"], UserString("Ada") in seen, list(name), list(reversed(name)))
print(int(UserString("42")) + 1, float(UserString("2.5")))
print(str(name), type(str(name)).__name__, UserString(42), UserString(UserString("x")))
print(isinstance(name, Sequence), isinstance(name, str), name.splitlines(), UserString("a\nb").splitlines(True))
try:
    name < 3
except TypeError as e:
    print("TypeError:", e)
try:
    name.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    name.startswith(UserString("A"))
except TypeError as e:
    print("TypeError:", e)
try:
    name[10]
except IndexError as e:
    print("IndexError:", e)
try:
    f"{name:>6}"
except TypeError as e:
    print("TypeError:", e)

# Keyword arguments UserString's methods take where str's take them by position only.
print(s.count("o", start=5), s.find(sub="o", end=5), s.strip(chars="hd"), s.center(width=21))
print(s.replace("-", " ", maxsplit=1), s.startswith(prefix="h", start=1), s.zfill(width=18))
for call in (lambda: s.count("o", begin=1), lambda: s.strip("h", chars="d"),
             lambda: s.find(end=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
