# Checks: class definition, __init__, instance methods, attribute access, methods calling
# other methods, bound methods stored in variables, class __name__, and type(obj).__name__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def describe(self):
        return f"Point({self.x}, {self.y}) with dist2 {self.dist2()}"
p = Point(3, 4)
print(p.x, p.y, p.dist2())
q = p.moved(1, -1)
print(q.describe(), p.describe())
method = p.dist2
print(method())
print(Point.dist2(q))
print(Point.__name__, type(p).__name__, type(p) is Point)
p.x = 10
print(p.describe())
p.z = "new attribute"
print(p.z)
class Empty:
    pass
e = Empty()
e.value = 1
print(e.value, isinstance(e, Empty))
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)
try:
    Point(1)
except TypeError as err:
    print("TypeError:", err)
