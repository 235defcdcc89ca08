# Checks: collections.UserDict, UserList and UserString: subclasses that override a few
# methods (__setitem__, append, __missing__) and see every other operation go through them,
# the mixin methods, copies of subclasses, concatenation and slicing keeping the class, the
# str methods of UserString returning UserStrings, and the classes' generic aliases.
from collections import UserDict, UserList, UserString
import collections
class UD(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
u = UD(a=1); u["b"] = 2; u.update(c=3); print(u, u.data, len(u), "a" in u, u.get("z", 0), list(u), u == {"a": 2, "b": 4, "c": 6})
print(u.pop("a"), u.setdefault("q", 5), u, dict(u), u | {"x": 1}, type(u | {"x": 1}).__name__, u.copy(), type(u.copy()).__name__)
class Miss(UserDict):
    def __missing__(self, k): return k.upper()
print(Miss()["abc"], UserDict.fromkeys("ab", 0), isinstance(u, collections.abc.MutableMapping))
try: UserDict()["nope"]
except KeyError as e: print("KeyError", e)
class UL(UserList):
    def append(self, x): super().append(x * 10)
l = UL([1, 2]); l.append(3); print(l, l[0], l[1:], type(l[1:]).__name__, len(l), l + [4], [0] + l, l * 2, 30 in l, l.index(30), sorted(l, reverse=True))
l2 = UserList("abc"); l2.extend("de"); l2.insert(0, "z"); l2.sort(); print(l2, l2.pop(), l2.count("a"), l2 == ["a", "b", "c", "d", "z"][:4], l2 < ["b"], list(reversed(l2)))
l2 += ["x"]; l2 *= 1; del l2[0]; l2[0] = "Q"; print(l2, l2.copy(), type(l2.copy()).__name__)
s = UserString("Hello"); print(s, repr(s), s.upper(), type(s.upper()).__name__, s + "!", "H" in s, s[1:3], len(s), s.split("l"), s == "Hello", s.startswith("He"), s * 2, "%s!" % s, s.replace("l", "L"))
print(UserDict[str, int], UserList[int])
