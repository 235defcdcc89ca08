# Dataclasses with order, frozen, default_factory, ClassVar, __post_init__, asdict/astuple/replace/fields.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import Optional, List, ClassVar

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    @classmethod
    def parse(cls, s: str) -> "Version":
        return cls(*map(int, s.split(".")))

@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

@dataclass
class Employee:
    name: str
    dept: str
    salary: float = 50_000.0
    skills: List[str] = field(default_factory=list)
    manager: Optional["Employee"] = field(default=None, repr=False, compare=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Employee.count += 1
        self.name = self.name.title()

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    _secret: int = field(default=7, init=False, repr=False)

vs = [Version.parse(s) for s in ["1.2.3", "1.10.0", "1.2", "0.9.9", "2"]]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1, 2) < Version(1, 2, 1), Version(1) == Version(1, 0, 0), max(vs))
p, q = Point(0, 0), Point(3, 4)
print(p, q, p.dist(q), hash(p) == hash(Point(0.0, 0.0)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
boss = Employee("ada lovelace", "eng", 120000, ["math"])
e1 = Employee("bob smith", "eng", manager=boss)
e1.skills.append("python")
e2 = Employee("carol", "ops")
print(e1)
print(e2.skills, e1.skills is not e2.skills, Employee.count)
print(asdict(boss))
print(astuple(e2))
print(replace(e2, salary=1.5e5))
print([f.name for f in fields(Employee)])
print(e1 == Employee("Bob Smith", "eng", skills=["python"]))
inv = Inventory()
print(inv, inv._secret)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    Employee()
except TypeError as e:
    print("TypeError:", e)
print(Version.__eq__(Version(1), 3))
