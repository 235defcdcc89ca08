# Metaclasses that answer isinstance/issubclass themselves: a plain metaclass with
# __instancecheck__ / __subclasscheck__, an ABCMeta subclass, and __subclasshook__ used for
# structural checks (duck typing).
import abc


class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool or type.__subclasscheck__(cls, sub)


class EvenNumber(metaclass=Even):
    pass


class Two(EvenNumber):
    pass


print([x for x in range(7) if isinstance(x, EvenNumber)], isinstance("2", EvenNumber))
print(isinstance(Two(), EvenNumber), issubclass(bool, EvenNumber), issubclass(Two, EvenNumber), issubclass(int, EvenNumber))
print(isinstance(4, (str, EvenNumber)), isinstance(3, (str, EvenNumber)))
print(type.__instancecheck__(EvenNumber, 4), type.__subclasscheck__(EvenNumber, Two))


class Closeable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return any("close" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class File:
    def close(self):
        return "closed"


class Socket(File):
    pass


class Number:
    pass


class StrictCloseable(Closeable):
    pass


for c in (File, Socket, Number, StrictCloseable):
    print(c.__name__, issubclass(c, Closeable), issubclass(c, StrictCloseable))


class Tracked(abc.ABCMeta):
    checks = []

    def __instancecheck__(cls, obj):
        Tracked.checks.append((cls.__name__, type(obj).__name__))
        return super().__instancecheck__(obj)


class Shape(metaclass=Tracked):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


shapes = [Square(2), 3, "x", Square(3)]
print([s.area() for s in shapes if isinstance(s, Shape)], Tracked.checks)
print(type(Shape).__name__, isinstance(Shape, abc.ABCMeta), Shape.__abstractmethods__)


class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return "yes"


for f in (lambda: issubclass(int, Bad), lambda: issubclass(3, Closeable), lambda: Closeable.register(3)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Base(abc.ABC):
    pass


class Child(Base):
    pass


try:
    Child.register(Base)
except RuntimeError as e:
    print(type(e).__name__, e)
print(Base.register(Child) is Child)
