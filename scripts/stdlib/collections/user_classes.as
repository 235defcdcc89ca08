from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, Mapping, Sequence
import collections
import copy

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
d = LowerDict({"Hello": 1}, World=2)
d["FOO"] = 3
print(d, d["HELLO"], "foo" in d, len(d), list(d.keys()), list(d.items()), d.get("world"), d.get("nope", 0))
print(isinstance(d, MutableMapping), isinstance(d, dict), d == {"hello": 1, "world": 2, "foo": 3})
print(d.pop("foo"), d.setdefault("new", 9), d, d | {"x": 1}, type(d | {"x": 1}).__name__)
c = d.copy(); c["z"] = 0; print(type(c).__name__, c, d)
print(copy.deepcopy(d), LowerDict.fromkeys("AB", 0))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3); s += [4]; print(s, s[1:], type(s[1:]).__name__, s * 2, 2 * s, s.pop(), len(s), s.index(2))
print(s == [1, 2, 3], s < [1, 3], 3 in s, list(reversed(s)), sorted(Stack([3, 1, 2])), s.count(1))
s.extend(range(3)); s.remove(0); s.insert(0, -1); s.sort(reverse=True); print(s, isinstance(s, Sequence))
u = UserString("Hello, World")
print(u, repr(u), u.upper(), u.lower(), u.split(", "), u[0], u[-5:], len(u), u + "!", "!" + u)
print(u.replace("l", "L"), u.startswith("Hell"), u.find("o"), u.count("l"), u * 2, "World" in u, u.strip("Hd"))
print(type(u.upper()).__name__, u == "Hello, World", u < "Z", hash(u) == hash("Hello, World"), u.zfill(15), u.center(16, "*"))
print(u.encode(), u.title(), u.swapcase(), u.partition(","), u.isalpha(), UserString(42), int(UserString("17")))
print(collections.UserDict, collections.UserList.__mro__[1], "%s!" % u, f"{u:>14}")
