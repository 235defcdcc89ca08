from collections.abc import Mapping, MutableMapping


class Settings(Mapping):
    def __init__(self, **values):
        self._values = dict(values)

    def __getitem__(self, key):
        return self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)


class LowerDict(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __setitem__(self, key, value):
        self._d[key.lower()] = value

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Settings(debug=True, level=3)
print(s.get("level"), s.get("nope", 0), "debug" in s, sorted(s.keys()), sorted(s.values(), key=str))
print(list(s.items()), s == {"debug": True, "level": 3}, len(s), dict(s))
h = LowerDict()
h["Content-Type"] = "json"
h.update({"Accept": "*/*"}, Host="x")
print(h["CONTENT-TYPE"], sorted(h), h.setdefault("accept", "?"), h.pop("host"), len(h))
print(h.popitem(), list(h.items()))
h.clear()
print(len(h), isinstance(h, Mapping))
try:
    Mapping()
except TypeError as e:
    print(type(e).__name__, e)


class Half(MutableMapping):
    def __getitem__(self, k):
        return 1


try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
