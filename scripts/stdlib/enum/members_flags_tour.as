from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.__members__.keys(), Color.RED in Color, type(Color.RED))
print({c: c.value for c in Color}, [m for m in Color.__members__], sorted(Color, key=lambda c: c.name))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()}#{self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.CIRCLE.describe(), Shape.default(), Shape.SQUARE.value)
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio(3), sorted([Prio.HIGH, Prio.LOW]), Prio.LOW == 1, f"{Prio.HIGH}", str(Prio.HIGH), format(Prio.LOW, "03d"))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, Perm(0), bool(Perm(0)), list(rw), rw.value)
class P2(IntFlag):
    A = 1
    B = 2
    C = 4
print(P2.A | P2.C, P2(7), P2.A | 8, repr(P2(3)), P2.B + 1, P2(0))
class Method(StrEnum):
    GET = auto()
    POST = "post"
print(Method.GET, repr(Method.GET), Method.GET == "get", Method.POST.upper(), f"{Method.POST}")
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.674e-11 * self.mass / self.radius ** 2
print(Planet.EARTH.value, round(Planet.MARS.gravity, 2), Planet((5.97e24, 6.37e6)))
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"))
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Enum("X", [("A", 10), ("B", 20)]).B)
print(isinstance(Color, EnumMeta), Color.__name__, Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.RED))
class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    A = 2
    B = 1
print(sorted(Ordered))
try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)
print(Color._member_map_ if False else "", Color.RED._name_, Color.RED._value_)
print(Perm.R.name, (Perm.R | Perm.X).name, Perm(0).name)
