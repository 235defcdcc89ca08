from collections import namedtuple

Config = namedtuple("Config", "host port debug timeout", defaults=(8080, False, 30))
print(Config("localhost"))
print(Config("db", 5432, timeout=5))
print(Config._field_defaults)
print(Config.__match_args__)


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vector(1, 2) + Vector(3, 4)
print(v, v.norm2, type(v).__name__, Vector.__mro__[1].__name__)
print(hash(Vector(1, 2)) == hash((1, 2)), {Vector(1, 2): "a"}[(1, 2)])
host, port, *rest = Config("h")
print("unpacked", host, port, rest)
