class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
q = Point3(1, 2, 3)
print(q.x + q.y + q.z)
del q.z
try:
    q.z
except AttributeError as e:
    print(type(e).__name__, e)
print(Point.x, type(Point.__dict__["y"]).__name__)
print(Point.__slots__, Point3.__slots__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.other, w.__dict__)

try:
    class Clash:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)


class Loose(Point):
    pass


l = Loose(1, 2)
l.extra = "fine"
print(l.extra, vars(l))
