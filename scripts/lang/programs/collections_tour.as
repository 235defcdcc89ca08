# Counter arithmetic, defaultdict graphs, deque windows and rotation, namedtuple, OrderedDict, ChainMap.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
import collections

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog runs away from the quick fox"""
words = text.split()
c = Counter(words)
print(c.most_common(3))
print(c["the"], c["missing"], len(c), sum(c.values()), c.total())
c2 = Counter("abracadabra")
print(sorted(c2.items()), c2.most_common(2))
print(c2 + Counter("aab"), c2 - Counter("aaaaaaaa"), c2 & Counter("abc"), c2 | Counter("zzz"))
c2.update({"a": 10})
c2.subtract("bbb")
print(c2, list(c2.elements())[:5])
print(Counter(a=3, b=-1), +Counter(a=3, b=-1), -Counter(a=3, b=-1))

graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]:
    graph[a].append(b)
print(dict(graph), graph[99], len(graph))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
nested["x"]["z"] += 2
print({k: dict(v) for k, v in nested.items()})
print(repr(defaultdict(int, {"a": 1})))

d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, d.maxlen, d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.popleft(), d.pop(), d.count(3), 3 in d)
window = deque(maxlen=3)
avgs = []
for x in [10, 20, 30, 40, 50]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)

Point = namedtuple("Point", "x y")
Person = namedtuple("Person", ["name", "age", "city"], defaults=["Unknown"])
p = Point(1, 2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
bob = Person("Bob", 30)
print(bob, bob.city, Person._field_defaults)
x, y = p
print(x, y, p == (1, 2), p[1], isinstance(p, tuple))
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Vec(3, 4) + Vec(1, 1), Vec(3, 4).norm)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od.keys()))
od.move_to_end("c", last=False)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

defaults = {"color": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
cm2 = cm.new_child({"color": "blue"})
print(cm2["color"], cm2.maps[-1] is defaults)
print(isinstance(c, dict), issubclass(collections.OrderedDict, dict))
