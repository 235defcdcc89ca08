# collections.abc as real programs use it: isinstance checks on built-in containers,
# structural checks through __subclasshook__, a Mapping built from the abstract methods
# alone (the mixin methods come free), and register() for a foreign sequence type.
import collections
import collections.abc as cabc
from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Sized


def kind(obj):
    for name in ("MutableMapping", "Mapping", "MutableSequence", "Sequence", "Set", "Iterator",
                 "Iterable", "Sized", "Hashable", "Callable"):
        if isinstance(obj, getattr(cabc, name)):
            return name
    return "-"


samples = [[], (), "s", b"b", {}, set(), frozenset(), range(3), iter([]), len, 3, None,
           collections.OrderedDict(), collections.deque(), {}.keys(), (x for x in "")]
for s in samples:
    print(type(s).__name__, kind(s))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n, 0, -1))

    def __len__(self):
        return self.n


class NotIterable:
    __iter__ = None


print(issubclass(Countdown, Iterable), issubclass(Countdown, Sized), isinstance(Countdown(3), Sequence))
print(issubclass(NotIterable, Iterable), list(Countdown(3)))


class Settings(Mapping):
    def __init__(self, **values):
        self._values = values

    def __getitem__(self, key):
        return self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)


s = Settings(debug=True, level=3)
print(dict(s), s.get("level"), s.get("missing", "-"), "debug" in s, list(s.keys()), list(s.values()))
print(s == {"debug": True, "level": 3}, isinstance(s, MutableMapping), isinstance(s, Mapping))
try:
    Settings.__setitem__
except AttributeError as e:
    print(type(e).__name__, e)


class Ring:
    # A sequence-like type from elsewhere, registered rather than derived.
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i % len(self.items)]

    def __len__(self):
        return len(self.items)


print(isinstance(Ring(1, 2), Sequence))
Sequence.register(Ring)
print(isinstance(Ring(1, 2), Sequence), issubclass(Ring, cabc.Reversible), issubclass(Ring, cabc.MutableSequence))
print(type(Sequence), Sequence[int], Mapping[str, list[int]], cabc.Callable[[int, str], bool])


class Partial(Mapping):
    def __getitem__(self, key):
        return key


try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)


def destructure(value):
    # Sequence and mapping patterns accept the ABCs' subclasses and registered classes.
    match value:
        case [first, second]:
            return f"pair {first!r}, {second!r}"
        case {"id": ident}:
            return f"mapping with id {ident}"
    return "neither"


class Grid:
    def __init__(self, **cells):
        self.cells = cells

    def __getitem__(self, key):
        return self.cells[key]

    def __iter__(self):
        return iter(self.cells)

    def __len__(self):
        return len(self.cells)

    def get(self, key, default=None):
        return self.cells.get(key, default)

    def keys(self):
        return self.cells.keys()


class Pair:
    def __init__(self, a, b):
        self.items = (a, b)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return 2


print(destructure(Pair(4, 5)), destructure(Grid(id=7)), destructure(Settings(id=8)))
Mapping.register(Grid)
Sequence.register(Pair)
print(destructure(Pair(4, 5)), destructure(Grid(id=7)), destructure("ab"), destructure(collections.deque("ab")))
