# Mappings unpacked with ** and merged by dict(), update(): a dict subclass that keeps
# dict's __iter__ is read as a dict, anything else through keys() and __getitem__.
class Config:
    """A read-only settings object that is a mapping without being a dict."""

    def __init__(self, **values):
        self._values = values

    def keys(self):
        return sorted(self._values)

    def __getitem__(self, key):
        return self._values[key]


class Defaults(dict):
    """Only keys() is replaced: dict's own items are used."""

    def keys(self):
        return ["ignored"]


class Upper(dict):
    """__iter__ is replaced too: keys() and __getitem__ are used."""

    def __iter__(self):
        return iter(self.keys())

    def keys(self):
        return [k.upper() for k in dict.keys(self)]

    def __getitem__(self, key):
        return dict.__getitem__(self, key.lower())


def connect(host="localhost", port=0, **extra):
    return f"{host}:{port} {sorted(extra.items())}"


cfg = Config(host="db", port=5432, timeout=3)
print({**cfg})
print(connect(**cfg))
print(dict(cfg), dict(Defaults(a=1)), dict(Upper(a=1, b=2)))
print({**Defaults(a=1)}, {**Upper(a=1)})
merged = {"port": 1}
merged.update(cfg)
print(merged)
print({**cfg, "port": 6543, **Defaults(debug=True)})

for bad in (3, [("a", 1)], None):
    try:
        print({**bad})
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        connect(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    connect(**cfg, port=1)
except TypeError as e:
    print(type(e).__name__, e)


class Broken:
    def keys(self):
        return ["x"]

    def __getitem__(self, key):
        raise LookupError(key)


try:
    connect(**Broken())
except LookupError as e:
    print(type(e).__name__, e)
try:
    connect(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
