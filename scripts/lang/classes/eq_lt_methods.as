# Checks: __eq__ and __lt__ (and friends) — == and != (derived from __eq__), sorting and
# min/max via __lt__, reflected comparisons, NotImplemented fallback to identity.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a != b, a is c)
print(a < b, b < a, b > a, a > b)
vs = [Version(2, 0), Version(1, 10), Version(1, 2), Version(0, 9)]
print(sorted(vs), min(vs), max(vs))
print(a == "1.2", a != "1.2", a in [Version(1, 2)], vs.index(Version(1, 2)), vs.count(c))
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2)
try:
    p1 < p2
except TypeError as e:
    print("TypeError:", e)
class Full(Version):
    def __le__(self, other):
        return self < other or self == other
print(Full(1, 1) <= Full(1, 1), Full(1, 2) <= Full(1, 1), Full(1, 1) >= Full(1, 0))
