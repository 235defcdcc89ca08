import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass
data = {"name": "service", "replicas": 3, "ports": [{"container": 8080, "host": 80, "proto": "tcp"}, {"container": 8443, "host": 443, "proto": "tcp"}],
        "env": {"DEBUG": "false", "LOG_LEVEL": "info", "DATABASE_URL": "postgres://user:pass@db.example.com:5432/app"}, "tags": ("a", "b"), "empty": {}, "none": None}
pprint.pprint(data)
pprint.pprint(data, width=120)
pprint.pprint(data, depth=1)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(list(range(100)), compact=True)
pprint.pprint("a long string " * 10)
pprint.pprint(["a long string " * 4, "short"], width=50)
pprint.pprint(OrderedDict(a=1, b=[1, 2] * 20))
pprint.pprint(defaultdict(list, {"k": list(range(25))}))
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint({3, 1, 2})
pprint.pprint(frozenset(range(30)))
@dataclass
class Point:
    x: int
    y: int
    label: str = "origin point with a very long label text"
pprint.pprint([Point(1, 2), Point(3, 4)])
pprint.pprint({"nested": {"deeper": {"deepest": list(range(20))}}}, width=40)
pprint.pprint([[1, 2], [3, [4, [5, [6]]]]], depth=2)
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({"alpha": 1, "beta": [1, 2, 3], "gamma": "x" * 20})
print(pp.pformat((1, 2)), pprint.pformat({}), pprint.pformat([]), pprint.pformat(()))
rec = [1]; rec.append(rec); print(pprint.isrecursive(rec), pprint.isreadable(rec))
pprint.pprint(b"bytes " * 20)
pprint.pprint({"z": 1, "b": 2, "a": 3}, sort_dicts=True)
pprint.pp({"z": 1, "b": 2, "a": 3})
pprint.pprint([1.5, 2e-10, float("inf"), True, None, 10**30])
pprint.pprint({(1, 2): "tuple key", 3: "int key"})
pprint.pprint(range(10))
