# dataclasses: InitVar and KW_ONLY, slots, kw_only, eq/unsafe_hash, inheritance, __match_args__
# (InitVar parameters included), field errors, order with init=False fields, make_dataclass.
from dataclasses import dataclass, field, InitVar, KW_ONLY, asdict, is_dataclass
import dataclasses

@dataclass
class C:
    x: int
    scale: InitVar[int] = 1
    _: KW_ONLY
    label: str = "c"
    def __post_init__(self, scale):
        self.x *= scale

@dataclass(slots=True)
class S:
    a: int
    b: list = field(default_factory=list)

@dataclass(kw_only=True)
class K:
    p: int
    q: int = 2

@dataclass(eq=False)
class NoEq:
    v: int

@dataclass(unsafe_hash=True)
class H:
    v: int
    w: int = field(default=0, hash=False)

@dataclass
class Base:
    id: int
    name: str = "base"

@dataclass
class Derived(Base):
    extra: float = 0.0
    def __repr__(self):
        return f"Derived<{self.id}>"

c = C(3, 10, label="L")
print(c, C(2))
s = S(1)
print(s, hasattr(s, "__dict__"), S.__slots__)
print(K(p=1), C.__match_args__, Derived.__match_args__)
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
print(NoEq(1) == NoEq(1), H(1, 2) == H(1, 3), hash(H(1, 2)) == hash(H(1, 5)))
d = Derived(7, extra=1.5)
print(d, asdict(d), is_dataclass(d), is_dataclass(Derived), dataclasses.fields(d)[2].default)
match d:
    case Derived(7, name):
        print("matched name", name)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass(order=True)
class Ver:
    major: int
    minor: int
    sort_index: int = field(init=False, repr=False)
    def __post_init__(self):
        self.sort_index = self.major * 100 + self.minor
print(sorted([Ver(1, 5), Ver(0, 9), Ver(1, 0)]), Ver(1, 2) > Ver(1, 1))
print(dataclasses.astuple(Ver(2, 3)), dataclasses.replace(Ver(1, 1), minor=4))
@dataclass
class Tree:
    val: int
    children: list["Tree"] = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
print(dataclasses.make_dataclass("Pt", [("x", int), ("y", int, field(default=0))])(1))
