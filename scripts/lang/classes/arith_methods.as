# Checks: arithmetic dunders — __add__, __sub__, __mul__, __truediv__, __neg__, __abs__,
# reflected __radd__/__rmul__ (incl. sum() starting at 0), in-place __iadd__, NotImplemented
# leading to TypeError with the class names.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, a / 2, -a, abs(b))
print(sum([a, b, Vec(10, 10)]), a + b == Vec(4, 6))
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc.items, alias is acc)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a * b
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __floordiv__(self, n):
        return Money(self.cents // n)
    def __mod__(self, n):
        return Money(self.cents % n)
    def __pow__(self, n):
        return Money(self.cents ** n)
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(100) // 3, Money(100) % 3, Money(3) ** 2)
