# _generate_next_value_ customised, auto() numbering, and the functional API.
from enum import Enum, auto


class Named(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"


class Task(Named):
    BUILD = auto()
    TEST = auto()
    DEPLOY = auto()


print(list(Task))


class Numbered(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print([(m.name, m.value) for m in Numbered])

Animal = Enum("Animal", "ANT BEE CAT")
print(Animal, list(Animal), Animal.BEE.value, Animal(3))
Color = Enum("Color", [("RED", "#f00"), ("BLUE", "#00f")])
print(list(Color), Color("#00f"))
Size = Enum("Size", {"S": 1, "M": 2, "L": 3})
print(Size.M, repr(Size.L), len(Size))
