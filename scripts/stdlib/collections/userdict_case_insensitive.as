# A case-insensitive header map built on UserDict: keys are stored lower-cased, and every
# operation MutableMapping provides (update, get, setdefault, pop, ==, |) follows along.
from collections import UserDict
from collections.abc import Mapping, MutableMapping


class Headers(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __delitem__(self, key):
        super().__delitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


h = Headers({"Content-Type": "text/html"}, Server="demo")
h["X-Request-ID"] = "42"
print(h)
print(h["content-type"], h["CONTENT-TYPE"], "Server" in h, "missing" in h)
print(h.get("x-request-id"), h.get("nope"), h.get("nope", "-"))
h.update({"ACCEPT": "*/*"}, Connection="close")
h.update([("Cache-Control", "no-cache")])
print(sorted(h), len(h))
print(h.setdefault("Accept", "x"), h.setdefault("Host", "example.org"))
print(h.pop("HOST"), h.pop("host", None))
del h["connection"]
print(list(h.items()))
try:
    del h["connection"]
except KeyError as e:
    print("KeyError:", e)
try:
    h["Nope"]
except KeyError as e:
    print("KeyError:", e)

copy = h.copy()
copy["Extra"] = "1"
print(type(copy).__name__, "extra" in copy, "extra" in h)
print(h == {"content-type": "text/html", "server": "demo", "x-request-id": "42",
            "accept": "*/*", "cache-control": "no-cache"})
print(h == copy, h != copy)

merged = h | {"Via": "proxy"}
print(type(merged).__name__, merged["via"])
right = {"Age": "3"} | h
print(type(right).__name__, right["age"], list(right)[:2])
h |= {"etag": "abc"}
print(h["ETAG"], type(h).__name__)

print(Headers.fromkeys(["A", "B"], "").data)
print(isinstance(h, Mapping), isinstance(h, MutableMapping), isinstance(h, dict))
print(dict(h) == h.data, len(h.keys()), "accept" in h.keys(), sorted(h.values())[:2])

popped = []
while len(h) > 3:
    popped.append(h.popitem())
print(popped)
h.clear()
print(h, len(h), bool(h))
