# namedtuple: the generated __new__ (its errors, defaults, signature), _make/_replace, subclasses,
# and copies of tuple subclasses rebuilt through __getnewargs__.
from collections import namedtuple
import inspect, copy
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
P = namedtuple("P", "x y")
t(lambda: (P(1, 2), P(x=1, y=2), P(1, y=2)))
t(lambda: P(1))
t(lambda: P(1, 2, 3))
t(lambda: P(1, z=2))
t(lambda: P(1, x=2))
t(lambda: P())
t(lambda: (P.__new__.__doc__, P.__new__.__qualname__, P.__new__.__name__, P.__new__.__defaults__))
t(lambda: str(inspect.signature(P)))
D = namedtuple("D", ["a", "b", "c"], defaults=[2, 3])
t(lambda: (D(1), D(1, c=9), D._field_defaults, D.__new__.__defaults__))
t(lambda: D())
O = namedtuple("O", "only")
t(lambda: (O(5), O(only=6), O._make([7]), len(O(1))))
t(lambda: O._make([1, 2]))
class Sub(P):
    __slots__ = ()
    def norm(self): return abs(self.x) + abs(self.y)
t(lambda: (Sub(-1, 2), Sub(-1, 2).norm(), Sub(1, 2)._replace(x=5), type(Sub(1, 2)._replace(x=5)).__name__))
t(lambda: P(1, 2)._replace(z=1))
t(lambda: (P(1, 2)._asdict(), copy.copy(P(1, 2)), copy.deepcopy(P([1], 2)), P(1, 2) == (1, 2), P(1, 2) + (3,)))
t(lambda: (P.x, P.y.__doc__, P(3, 4).x, P(3, 4)[1], hash(P(1, 2)) == hash((1, 2))))
R = namedtuple("R", "def class ok", rename=True)
t(lambda: (R._fields, R(1, 2, 3)))
K = namedtuple("K", "a b", defaults=(None,))
t(lambda: (K(1), K.__new__.__defaults__))
t(lambda: namedtuple("E", "")())
t(lambda: namedtuple("E2", [])._fields)
class T(tuple):
    pass
t(lambda: (copy.copy(T((1, 2))), type(copy.deepcopy(T(([1], 2)))).__name__))
class U(tuple):
    def __getnewargs__(self):
        return (tuple(self) * 2,)
t(lambda: copy.copy(U((1,))))
class W:
    def __init__(self, v): self.v = v
    def __getnewargs__(self): return (self.v,)
    def __new__(cls, v):
        o = super().__new__(cls)
        print("new", v)
        return o
t(lambda: copy.copy(W(3)).v)
