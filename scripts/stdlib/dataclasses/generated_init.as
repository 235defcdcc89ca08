# dataclass __init__ in every form: defaults and factories, init=False, KW_ONLY and kw_only,
# InitVar and __post_init__, frozen, slots, a field named self, inheritance, its signature.
import dataclasses, inspect
from dataclasses import dataclass, field, InitVar, KW_ONLY
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    z: str = "zz"
    n: int = field(default=3, init=False)
    m: dict = field(default_factory=dict, init=False)
t(lambda: A(1))
t(lambda: (A(1, [2], "q"), vars(A(1))))
t(lambda: A())
t(lambda: A(1, 2, 3, 4))
t(lambda: A(1, w=2))
t(lambda: A(1, x=2))
t(lambda: str(inspect.signature(A)))
t(lambda: A.__init__.__qualname__)
@dataclass(kw_only=True)
class B:
    a: int
    b: int = 2
t(lambda: B(a=1))
t(lambda: B(1))
t(lambda: str(inspect.signature(B)))
@dataclass
class C:
    p: int
    _: KW_ONLY
    q: int = 5
    r: int
t(lambda: C(1, r=2))
t(lambda: C(1, 2, 3))
t(lambda: C(1))
@dataclass
class D:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
t(lambda: (D(3), D(3, 5).b, vars(D(1))))
@dataclass(frozen=True)
class E:
    a: int
    b: tuple = ()
t(lambda: (E(1), hash(E(1)) == hash(E(1))))
def setit():
    e = E(1)
    e.a = 2
t(setit)
@dataclass(slots=True)
class F:
    a: int
    b: int = field(default=7, init=False)
    c: list = field(default_factory=list)
t(lambda: (F(1), F.__slots__, F(1).b))
@dataclass
class G:
    self: int
    other: int = 1
t(lambda: G(5))
t(lambda: G(self=5, other=2))
@dataclass
class H(A):
    w: float = 1.5
t(lambda: H(1))
t(lambda: str(inspect.signature(H)))
@dataclass
class I:
    pass
t(lambda: I())
t(lambda: I(1))
@dataclass(init=False)
class J:
    a: int = 1
t(lambda: J())
@dataclass
class K:
    a: int
    def __init__(self):
        self.a = 99
t(lambda: K())
@dataclass(frozen=True, slots=True)
class L:
    a: int
    b: str = "x"
t(lambda: (L(1), L(2, "y") == L(2, "y")))
t(lambda: dataclasses.replace(A(1), z="new"))
t(lambda: dataclasses.asdict(H(2)))
M = dataclasses.make_dataclass("M", ["a", ("b", int), ("c", int, field(default=4))])
t(lambda: (M(1, 2), M(1, 2, 3)))
t(lambda: str(inspect.signature(M)))
@dataclass
class N:
    a: "int"
    b: "list[int]" = field(default_factory=lambda: [1])
t(lambda: (N(1), N.__init__.__annotations__))
@dataclass
class O:
    x: int = 0
    def __post_init__(self):
        print("post", self.x)
t(lambda: O(4))
