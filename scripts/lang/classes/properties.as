# Checks: @property getters, setters (with validation) and deleters; read-only properties
# raising AttributeError on assignment; computed properties.
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        print("get radius")
        return self._r
    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._r = value
    @radius.deleter
    def radius(self):
        print("del radius")
        del self._r
    @property
    def diameter(self):
        return self._r * 2
c = Circle(2)
print(c.radius, c.diameter)
c.radius = 5
print(c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
print(c.diameter)
try:
    c.diameter = 10
except AttributeError as e:
    print("AttributeError raised for read-only property")
del c.radius
print(hasattr(c, "_r"))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
z = Lazy()
print(z.value, z.value, z.computed)
