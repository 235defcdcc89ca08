# Checks: @staticmethod and @classmethod called on the class and on instances, classmethods as
# alternative constructors that respect subclasses.
class Temp:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe_unit(cls):
        return f"{cls.__name__} uses {cls.unit}"
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"
print(Temp.c_to_f(100), Temp(0).c_to_f(37))
t = Temp.from_f(212)
print(t, type(t).__name__)
print(Temp.describe_unit(), t.describe_unit())
class Kelvin(Temp):
    unit = "K"
k = Kelvin.from_f(32)
print(k, Kelvin.describe_unit(), k.describe_unit())
class Util:
    @staticmethod
    def add(a, b=1):
        return a + b
print(Util.add(1), Util().add(1, 2))
fn = Util.add
print(fn(5, 5))
