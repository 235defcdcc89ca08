from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap, UserDict, UserList
words = "the quick brown fox jumps over the lazy dog the end fox".split()
c = Counter(words)
print(c)
print(c.most_common(3), c.most_common()[-2:], c["missing"], c.total())
c2 = Counter("abracadabra")
print(c2, sorted(c2.elements()))
print(c2 + Counter("aab"), c2 - Counter("aaaaaaaab"), c2 & Counter("aax"), c2 | Counter("zzz"))
c2.update("zz"); c2.subtract({"a": 10})
print(c2, +c2, -c2)
print(Counter(a=3, b=-1) == Counter(a=3, b=-1), Counter(), repr(Counter()))
print(Counter({"x": 2}) <= Counter({"x": 3}), dict(Counter("hello")))
dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(dd)
print(sorted(dd.items()), dd.default_factory)
di = defaultdict(int); di["a"] += 1; print(di, repr(defaultdict()), defaultdict(lambda: "x")["k"])
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
q = deque([1, 2, 3], maxlen=5)
q.extend([4, 5, 6]); print(q, q.maxlen)
q.appendleft(0); print(q)
q.rotate(2); print(q); q.rotate(-3); print(q)
print(q.pop(), q.popleft(), q, q.count(3), q.index(4), 3 in q, q[0], q[-1])
q.extendleft("ab"); print(q); q.clear(); print(q, repr(deque()))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
d2 = deque(range(10)); del d2[3]; d2.remove(7); d2.insert(1, 99); d2.reverse(); print(d2, list(reversed(d2))[:3])
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p._asdict(), p._replace(x=5), Point._fields, Point._make([7, 8]), p.x + p[1])
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
e = Emp("ann", "eng")
print(e, Emp._field_defaults, e._fields, len(e), tuple(e), e == ("ann", "eng", 0))
x, y = p; print(x, y, Point.__doc__, Point.x)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
try:
    p._replace(z=1)
except ValueError as err:
    print("ValueError:", err)
try:
    namedtuple("Bad", "a a")
except ValueError as err:
    print("ValueError:", err)
R = namedtuple("R", "a class", rename=True); print(R._fields)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm2 = cm.new_child({"c": 4}); cm2["a"] = 9; print(cm2, cm2.parents, dict(cm2))
try:
    del cm["b"]
except KeyError as e:
    print("KeyError:", e)
class Cfg(UserDict):
    def __missing__(self, k):
        return "dflt"
u = Cfg(a=1); print(u, u["zz"], u.data, isinstance(u, dict))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], type(ul + [4]).__name__)
