# The order CPython tries special methods in: x.__op__(y) then y.__rop__(x); a right
# operand of a subclass that overrides __rop__ goes first; same-type operands never try
# __rop__; comparisons try the reflected method of a subclass first even without an
# override; __ne__ defaults to the inverse of __eq__; __eq__ without __hash__ makes a
# class unhashable; in-place operators fall back to the binary ones.


class Trace:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    def _log(self, op, other):
        print(f"  {type(self).__name__}.{op}({self!r}, {other!r})")
        return NotImplemented

    def __add__(self, other):
        return self._log("__add__", other)

    def __radd__(self, other):
        return self._log("__radd__", other)

    def __lt__(self, other):
        return self._log("__lt__", other)

    def __gt__(self, other):
        return self._log("__gt__", other)

    def __eq__(self, other):
        return self._log("__eq__", other)


class Child(Trace):
    def __radd__(self, other):
        print(f"  Child.__radd__({self!r}, {other!r}) wins")
        return "child"


class Plain(Trace):
    pass


def show(label, fn):
    print(label)
    try:
        print("  ->", fn())
    except TypeError as e:
        print("  TypeError:", e)


a, b, c, p = Trace("a"), Trace("b"), Child("c"), Plain("p")
show("a + b (same type: no __radd__)", lambda: a + b)
show("a + c (subclass overrides __radd__)", lambda: a + c)
show("a + p (subclass without override)", lambda: a + p)
show("1 + a", lambda: 1 + a)
show("a < p (subclass: reflected first)", lambda: a < p)
show("a < b", lambda: a < b)
show("a == b (falls back to identity)", lambda: a == b)
show("a != a", lambda: a != a)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        print("  (Point.__eq__)")
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)


print(Point(1, 2) != Point(1, 2), Point(1, 2) != Point(2, 1), Point.__hash__)
try:
    {Point(0, 0)}
except TypeError as e:
    print("TypeError:", e)


class HashedPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


print(len({HashedPoint(1, 1), HashedPoint(1, 1)}))


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 10), Version(1, 2), Version(0, 9)]
print(sorted(vs), max(vs), Version(2) > Version(1))
for label, fn in [("<=", lambda: Version(1) <= Version(2)), (">=", lambda: Version(1) >= Version(2)),
                  ("< int", lambda: Version(1) < 3), ("int >", lambda: 3 > Version(1))]:
    try:
        print(label, fn())
    except (TypeError, AttributeError) as e:
        print(label, f"{type(e).__name__}: {e}")


class Acc:
    def __init__(self, items):
        self.items = list(items)

    def __add__(self, other):
        print("  (__add__: a new object)")
        return Acc(self.items + list(other))

    def __iand__(self, other):
        print("  (__iand__: declines)")
        return NotImplemented

    def __and__(self, other):
        print("  (__and__)")
        return Acc(x for x in self.items if x in other)

    def __ior__(self, other):
        print("  (__ior__: in place)")
        self.items.extend(x for x in other if x not in self.items)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


acc = first = Acc([1, 2])
acc += [3]
print(acc, first, acc is first)
acc |= [3, 4]
print(acc, acc is first)
acc &= [2, 4, 6]
print(acc, acc is first)
try:
    acc -= [1]
except TypeError as e:
    print("TypeError:", e)
