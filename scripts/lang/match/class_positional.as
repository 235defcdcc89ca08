# Class patterns with positional sub-patterns resolved through __match_args__, inherited and
# overridden, mixed with keyword sub-patterns.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Labeled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Labeled(x, y, label=name):
            return f"{name} at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case object():
            return f"not a point: {p!r}"


for p in [Point(0, 0), Point(0, 4), Point(3, 0), Point(2, 2), Point(1, 5), Point3(0, 0, 0),
          Point3(1, 2, 0), Point3(1, 2, 3), Labeled(7, 8, "home"), "text", 42]:
    print(where(p))
