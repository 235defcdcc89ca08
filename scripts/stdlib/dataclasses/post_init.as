# __post_init__, InitVar and init=False fields computed from the others.
from dataclasses import dataclass, field, InitVar, fields, replace


@dataclass
class Rectangle:
    width: float
    height: float
    unit: InitVar[str] = "cm"
    area: float = field(init=False)
    label: str = field(init=False, default="")

    def __post_init__(self, unit):
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"bad size {self.width}x{self.height}")
        self.area = self.width * self.height
        self.label = f"{self.width}x{self.height} {unit}"


r = Rectangle(2, 3)
print(r, r.label, Rectangle(1.5, 2, "in"))
print([f.name for f in fields(r)], "unit" in Rectangle.__dataclass_fields__)
try:
    Rectangle(0, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(r, area=1)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(r, width=4))


@dataclass
class Account:
    owner: str
    secret: InitVar[str]

    def __post_init__(self, secret):
        self.key = secret[::-1]


a = Account("ann", "abc")
print(a, a.key)
try:
    replace(a, owner="bo")
except ValueError as e:
    print(type(e).__name__, e)
