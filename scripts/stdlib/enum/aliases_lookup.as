# Aliases, lookups by value and name, _missing_ and the errors for bad lookups.
from enum import Enum


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.name.lower() == value.lower():
                    return member
        return None


print(list(Shape))
print(Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2))
print(list(Shape.__members__.items())[-1])
print(Shape("circle"), Shape("Diamond"), Shape["CIRCLE"])
for probe in (7, "hexagon"):
    try:
        Shape(probe)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Shape["TRIANGLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Shape.CIRCLE
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Shape.SQUARE.value = 9
except AttributeError as e:
    print(type(e).__name__, e)
print(Shape.CIRCLE in Shape)
print(Shape.SQUARE.name, Shape.SQUARE.value, type(Shape.SQUARE), type(Shape).__name__)
