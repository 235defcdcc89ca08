# Checks: __str__ and __repr__ — print/str/f-string use __str__ (falling back to __repr__),
# containers use __repr__ of their elements, !r conversion, format() with no __format__.
class Both:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return f"Both<{self.v}>"
    def __repr__(self):
        return f"Both({self.v!r})"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "str only"
b = Both("x")
print(b, str(b), repr(b), f"{b}", f"{b!r}", [b], (b,), {"k": b})
r = ReprOnly()
print(r, str(r), [r], f"{r}")
s = StrOnly()
print(s, str(s), "{}".format(s), format(s))
print(str([Both(1), ReprOnly()]))
print("concat: " + str(b))
class Child(Both):
    def __str__(self):
        return "child:" + super().__str__()
print(Child(2), repr(Child(3)))
