# Serialising values for a log line: functools.singledispatch with union annotations and
# collections.abc registrations, and a match statement whose class patterns are ABCs.
import collections
import collections.abc as cabc
import functools


@functools.singledispatch
def render(value) -> str:
    return f"<{type(value).__name__}>"


@render.register
def _(value: int | float) -> str:
    return f"{value:g}"


@render.register
def _(value: str | bytes) -> str:
    return repr(value)


@render.register
def _(value: None) -> str:
    return "null"


@render.register(cabc.Mapping)
def _(value) -> str:
    return "{" + ", ".join(f"{k}={render(v)}" for k, v in value.items()) + "}"


@render.register(cabc.Sequence)
def _(value) -> str:
    return "[" + " ".join(render(v) for v in value) + "]"


@render.register(cabc.Set)
def _(value) -> str:
    return "set(" + ",".join(sorted(render(v) for v in value)) + ")"


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


event = {"user": "ada", "at": 12.5, "tags": ("a", "b"), "seen": {3, 1}, "raw": b"\x00",
         "extra": collections.OrderedDict(depth=2), "points": [Point(1, 2)], "none": None}
print(render(event))
print(render(collections.deque([1, 2.5, "x"])), render(range(3)), render(True))


def shape(value):
    match value:
        case str() | bytes():
            return "text"
        case cabc.Mapping():
            return f"mapping of {len(value)}"
        case cabc.Sequence() if len(value) > 2:
            return "long sequence"
        case cabc.Sequence():
            return "sequence"
        case cabc.Iterable():
            return "iterable"
        case int() | float():
            return "number"
    return "other"


for v in ("s", {"a": 1}, [1, 2, 3], (1,), {1}, iter([]), 4, Point(0, 0), collections.deque()):
    print(type(v).__name__, shape(v))

for bad in (list[int], int | list[int]):
    try:
        @render.register
        def _(value: bad):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
