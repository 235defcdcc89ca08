# UserDict's __missing__ hook, .data, copy() of subclasses and repr: a tally and a
# defaults-backed settings object.
from collections import UserDict
import copy


class Tally(UserDict):
    def __missing__(self, key):
        return 0

    def add(self, word):
        self[word] = self[word] + 1


t = Tally()
for w in "the quick the lazy the end quick".split():
    t.add(w)
print(t, t["absent"], "absent" in t, t.get("absent"), t.get("absent", 5))
print(sorted(t.items(), key=lambda kv: (-kv[1], kv[0])))


class Settings(UserDict):
    defaults = {"color": "auto", "width": 80}

    def __init__(self, *args, source="cli", **kwargs):
        self.source = source
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if key in self.defaults:
            return self.defaults[key]
        raise KeyError(f"unknown setting {key!r}")

    def __repr__(self):
        return f"Settings({self.data!r}, source={self.source!r})"


s = Settings({"width": 120}, source="file")
print(s, s["width"], s["color"])
try:
    s["shape"]
except KeyError as e:
    print("KeyError:", e)
c = s.copy()
c["color"] = "never"
print(c, s)
print(copy.copy(s).source, copy.deepcopy(s) == s)
d = copy.copy(s)
d["width"] = 1
print(s["width"], d["width"], d.data is s.data)
print(repr(UserDict()), UserDict(a=1) == UserDict({"a": 1}), UserDict(a=1) == {"a": 2})
print(UserDict([("x", 1), ("y", 2)]), UserDict(UserDict(z=3)))
u = UserDict(self=1, dict=2)
print(u)
try:
    UserDict() < UserDict()
except TypeError as e:
    print("TypeError:", e)
try:
    {UserDict(): 1}
except TypeError as e:
    print("TypeError:", e)
print(UserDict(a=1).__or__([1]), UserDict(b=2) | UserDict(c=3))
try:
    UserDict(a=1) | [("b", 2)]
except TypeError as e:
    print("TypeError:", e)
