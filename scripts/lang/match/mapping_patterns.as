# Mapping patterns: the listed keys must be present (extra keys are fine), **rest collects the
# others, {} matches any mapping, and keys may be literals of any hashable kind or dotted
# names.
from collections import defaultdict, OrderedDict, Counter


class Keys:
    ID = "id"


def handle(msg):
    match msg:
        case {"op": "add", "args": [a, b]}:
            return a + b
        case {"op": "neg", "args": [a]}:
            return -a
        case {"op": "sum", Keys.ID: i, **rest}:
            return f"sum request {i} with {rest}"
        case {1: "one", 2: two}:
            return f"int keys, 2 -> {two}"
        case {None: v, True: w}:
            return f"None -> {v}, True -> {w}"
        case {"op": op}:
            return f"unknown op {op!r}"
        case {}:
            return "some other mapping of " + str(len(msg))
        case _:
            return "not a mapping"


for msg in [{"op": "add", "args": [2, 3]}, {"op": "add", "args": [2]}, {"op": "neg", "args": [5], "x": 1},
            {"op": "sum", "id": 7, "a": 1, "b": 2}, {1: "one", 2: "two", 3: "three"},
            {None: "nothing", 1: "one"}, {"op": "mul"}, {}, {"x": 1}, [("op", "add")], "op"]:
    print(handle(msg))

d = defaultdict(list)
d["a"].append(1)
match d:
    case {"b": _}:
        print("no b")
    case {"a": [x]}:
        print("defaultdict matched", x)
print("lookups did not add keys:", sorted(d))

match OrderedDict([("x", 1), ("y", 2)]):
    case {"x": 1, **others}:
        print("ordered rest:", others, type(others).__name__)

match Counter("mississippi"):
    case {"s": 4, "p": n}:
        print("counter has", n, "p")

config = {"debug": True, "level": 3}
match config:
    case {"debug": True, **rest} if not rest:
        print("only debug")
    case {"debug": True, **rest}:
        print("debug plus", rest)
print(config)
