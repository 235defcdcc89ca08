# deque: subclasses and their copies, maxlen bounds, rotation, a long FIFO, comparisons, the
# RuntimeError of a deque changed while iterated or searched, reprs, match, argument errors.
from collections import deque
import copy, pprint
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class MyDeque(deque):
    def __init__(self, items=(), maxlen=None, name="x"):
        super().__init__(items, maxlen)
        self.name = name
    def append(self, x):
        super().append(x * 10)
m = MyDeque([1, 2], 5, name="m")
m.append(3)
t(lambda: (m, m.name, m.maxlen, len(m), m[0], list(reversed(m))))
t(lambda: (m.copy(), type(m.copy()).__name__, m + m, type(m * 2).__name__))
t(lambda: copy.copy(m))
t(lambda: copy.deepcopy(m).name)
t(lambda: m.__reduce__()[:3])
m.extend([4])
t(lambda: m)
class Plain(deque):
    pass
p = Plain("abc")
t(lambda: (p, p == deque("abc"), deque("abc") == p, p < deque("abd")))
t(lambda: isinstance(p, deque))
t(lambda: Plain.__mro__)
t(lambda: deque.__new__(Plain))
t(lambda: deque.__new__(int))
# bounded behaviour
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
t(lambda: d)
d.appendleft(-1); t(lambda: d)
d.extendleft([7, 8]); t(lambda: d)
d.rotate(); t(lambda: d)
d.rotate(-2); t(lambda: d)
t(lambda: deque(range(5), maxlen=0))
z = deque(maxlen=0); z.extend(range(3)); z.appendleft(1); t(lambda: z)
# big and mixed
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
t(lambda: (len(q), q[0], q[-1], sum(q), q.index(500), 500 in q, q.count(7)))
for i in range(100):
    q.appendleft(-i)
t(lambda: (len(q), q[0], q[99], q[100]))
q.rotate(250); t(lambda: (q[0], q[-1]))
del q[5]; q.insert(3, "x"); q.remove("x"); t(lambda: (len(q), q[3], q[5]))
q.reverse(); t(lambda: (q[0], q[-1]))
q.clear(); t(lambda: (q, len(q), bool(q)))
# comparisons
t(lambda: (deque([1, 2]) < deque([1, 2, 3]), deque([1, 3]) > deque([1, 2, 9]), deque() <= deque(), deque([2]) >= deque([1, 5])))
t(lambda: deque([1]) < deque(["a"]))
t(lambda: deque([1, 2]) == [1, 2])
t(lambda: deque([float("nan")]) == deque([float("nan")]))
n = float("nan"); t(lambda: deque([n]) == deque([n]))
# iteration errors
def mut():
    dd = deque([1, 2, 3])
    for x in dd:
        dd.popleft()
t(mut)
def mut2():
    dd = deque([1, 2, 3])
    it = iter(dd)
    next(it)
    dd.rotate(1)
    return next(it)
t(mut2)
class Evil:
    def __eq__(self, other):
        dd.clear()
        return False
dd = deque([1, Evil(), 3])
t(lambda: dd.count(3))
dd = deque([1, Evil(), 3])
t(lambda: 3 in dd)
dd = deque([Evil(), 3])
t(lambda: dd.remove(3))
# repr
r = deque(); r.append(r); r.append([r]); t(lambda: r)
t(lambda: str(deque(["a", 1.5, None])))
pprint.pprint(deque([list(range(30)), "x" * 50], maxlen=4))
# match
match deque([1, 2, 3]):
    case [1, *rest]:
        print("seq", rest)
# slices not allowed
t(lambda: deque([1])[0:1])
t(lambda: deque([1]).__getitem__(True))
t(lambda: deque([1, 2])[-3])
t(lambda: deque([1, 2]).index(2, 5))
t(lambda: deque([1, 2]).index(2, -1))
t(lambda: deque([1, 2]).insert("a", 1))
t(lambda: deque([1, 2]).index())
t(lambda: deque([1, 2]).pop(0))
t(lambda: deque.popleft(deque([5])))
t(lambda: deque([1, 2]) * -1)
t(lambda: deque([1, 2], 3) * 5)
t(lambda: deque(iterable="ab", maxlen=True))
t(lambda: deque(x=1))
t(lambda: deque(maxlen=10**20))
t(lambda: deque([1]).__init__(maxlen=-1))
t(lambda: sorted(deque([3, 1, 2])))
t(lambda: list(deque(range(3))) + list(reversed(deque("ab"))))
t(lambda: deque.append.__qualname__)
t(lambda: deque.__doc__ is None or isinstance(deque.__doc__, str))
t(lambda: hasattr(deque, "maxlen"))
t(lambda: type(deque()).__name__)
import collections
t(lambda: collections.deque is deque)
t(lambda: deque.__new__())
t(lambda: deque.__new__(5))
