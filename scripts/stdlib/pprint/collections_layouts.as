# pprint of collections' containers too wide for a line: OrderedDict, defaultdict, Counter,
# ChainMap, deque (with and without maxlen), the User classes, and subclasses of dict and
# list that keep their base's repr (laid out, and sorted, as the base).
import pprint
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString
from collections import defaultdict, deque

inventory = OrderedDict()
for i, item in enumerate(["bolts", "nuts", "washers", "screws", "rivets", "pins"]):
    inventory[item] = {"count": 10 * (i + 1), "bins": [f"B{i}{j}" for j in range(i % 3 + 1)]}
pprint.pprint(inventory)
pprint.pprint(inventory, width=50)

by_team = defaultdict(list)
for name, team in [("ann", "red"), ("bob", "blue"), ("cy", "red"), ("di", "green"),
                   ("ed", "blue"), ("flo", "red"), ("gus", "green")]:
    by_team[team].append(name)
pprint.pprint(by_team, width=40)
pprint.pprint(defaultdict(int), width=10)

words = Counter("it was the best of times it was the worst of times".split())
pprint.pprint(words, width=40)
pprint.pprint(Counter(), width=5)

layers = ChainMap({"debug": True, "level": "info"}, {"level": "warn", "path": "/var/log/app"},
                  {"retries": 3, "timeout": 30.0, "hosts": ["a.example", "b.example"]})
pprint.pprint(layers, width=50)
pprint.pprint(ChainMap(), width=5)

recent = deque((f"event-{n}" for n in range(12)), maxlen=12)
pprint.pprint(recent, width=60)
pprint.pprint(deque(range(25)), width=40)
pprint.pprint({"queue": deque(["x" * 20, "y" * 20, "z" * 20])}, width=40)

settings = UserDict({"theme": "dark", "plugins": ["git", "lint", "format", "test"],
                     "font": {"family": "mono", "size": 12}})
pprint.pprint(settings, width=40)
pprint.pprint(UserList(range(0, 60, 3)), width=40)
pprint.pprint({"motd": UserString("welcome to the server, please behave " * 2)}, width=40)


class Registry(dict):
    pass


class Names(list):
    pass


reg = Registry(zeta=1, alpha=[1, 2, 3], mid={"b": 2, "a": 1})
pprint.pprint(reg)
pprint.pprint(reg, width=20)
pprint.pprint(Names(["x" * 15] * 5), width=40)
pprint.pprint([inventory, by_team], depth=2, width=60)
print(pprint.pformat(words, indent=4, width=30))
print(pprint.pformat({"od": OrderedDict(a=1, b=[2] * 30)}, width=40, compact=True))
