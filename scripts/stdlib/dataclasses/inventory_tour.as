from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, is_dataclass, FrozenInstanceError, make_dataclass
from typing import ClassVar, Optional
import dataclasses

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    count: int = field(default=1, repr=False)
    _cache: dict = field(default_factory=dict, compare=False, repr=False)
    kind: ClassVar[str] = "item"

a = Item("pen", 1.5)
b = Item("pen", 1.5, ["x"])
print(a, b, a == b, a == Item("pen", 1.5), a.kind, repr(Item("cup")))
print(asdict(b), astuple(b), replace(a, price=2.0), [f.name for f in fields(a)])
print(Item.__init__.__doc__ if False else "", Item.__match_args__, is_dataclass(a), is_dataclass(Item), is_dataclass(1))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), str(min(vs)), Version(1) < Version(1, 0, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del vs[0].minor
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale; self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3, 2), fields(Rect)[2].init, len(fields(Rect)))
@dataclass
class Opts:
    path: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1
print(Opts("x", verbose=True), Opts("y", level=3))
try:
    Opts("x", True)
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try:
    K(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree, asdict(tree))
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
print(C(1), C(1).total(), C.__name__)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__(NoEq(1)))
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(1)) == hash((1,)), {H(1), H(1)})
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 10
print(Derived(), Derived(3, 4), [f.name for f in fields(Derived)])
try:
    replace(a, nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Item)
except TypeError as e:
    print("TypeError:", e)
