# @unique rejects aliases; the error lists every duplicate.
from enum import Enum, unique, auto


def define():
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
    return Mistake


try:
    define()
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()

    @classmethod
    def weekend(cls):
        return []


print(list(Weekday), Weekday.weekend(), Weekday.WED.value)
