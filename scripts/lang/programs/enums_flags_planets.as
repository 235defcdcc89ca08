# Enum with auto, Flag combinations, IntEnum, str mixin, tuple values with __init__, unique, aliases, match.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

    def describe(self):
        return f"{self.name.lower()} is #{self.value}"

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

class Status(str, Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

@unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

print(list(Color))
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print(Color.RED.describe(), Color.RED is Color(1), Color.RED == 1)
print(Perm.R | Perm.X, repr(Perm.RW), Perm.RW & Perm.W, bool(Perm.R & Perm.X))
print(list(Perm), Perm(7), Perm.W in Perm.RW)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Priority(5).name, int(Priority.HIGH), f"{Priority.HIGH}", f"{Color.RED}")
print(Status.ACTIVE == "active", Status("inactive"), Status.ACTIVE.value.upper())
print(f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.mass)
print(len(Color), Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(Shape.ALIAS, Shape(2), list(Shape))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Weekday(IntFlag):
    MON = 1
    TUE = 2
    WED = 4
print(Weekday.MON | Weekday.WED, Weekday(3), int(Weekday.MON | Weekday.TUE))
d = {Color.RED: "r", Color.BLUE: "b"}
print(d[Color.RED], Color.BLUE in d)
match Color.GREEN:
    case Color.RED:
        print("red!")
    case Color.GREEN:
        print("green!")
