# An abstract Shape hierarchy with a registry filled by __init_subclass__, a factory classmethod, sorting by area.
from abc import ABC, abstractmethod
from typing import Iterator
import math

class Shape(ABC):
    registry: dict[str, type] = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @abstractmethod
    def area(self) -> float: ...
    @abstractmethod
    def perimeter(self) -> float: ...
    def __lt__(self, other): return self.area() < other.area()
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Rectangle(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)

class Square(Rectangle):
    def __init__(self, s): super().__init__(s, s)

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
    def perimeter(self): return self.a + self.b + self.c

shapes = [Shape.create("circle", 1.5), Shape.create("square", 2), Shape.create("rectangle", 1, 5), Shape.create("triangle", 3, 4, 5)]
for s in sorted(shapes):
    print(f"{s!r:<40} area={s.area():8.3f} perimeter={s.perimeter():8.3f}")
print(sorted(Shape.registry), isinstance(shapes[1], Rectangle), type(shapes[1]).__mro__[1].__name__)
for bad in [("hexagon",), ("triangle", 1, 2, 10)]:
    try:
        Shape.create(*bad)
    except ValueError as e:
        print("ValueError:", e, e.__cause__, e.__suppress_context__)
print(max(shapes).__class__.__name__, min(shapes, key=lambda s: s.perimeter()))
print(f"total area: {sum(s.area() for s in shapes):.4f}")
