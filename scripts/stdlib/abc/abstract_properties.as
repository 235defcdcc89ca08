# Abstract properties, classmethods and staticmethods, and a single missing method (the
# singular wording of the message).
from abc import ABC, abstractmethod


class Shape(ABC):
    @property
    @abstractmethod
    def area(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...

    def describe(self):
        return f"{self.kind()} with area {self.area:.2f} {self.unit()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side ** 2

    @classmethod
    def unit(cls):
        return "cm2"

    @staticmethod
    def kind():
        return "square"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r ** 2

    @staticmethod
    def kind():
        return "circle"


print(Square(3).describe())
try:
    Circle(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Named(ABC):
    @abstractmethod
    def name(self):
        return "base name"


class Child(Named):
    def name(self):
        return "child, not " + super().name()


print(Child().name())
print(getattr(Named.name, "__isabstractmethod__", False), getattr(Child.name, "__isabstractmethod__", False))
