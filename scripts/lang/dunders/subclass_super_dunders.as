# Subclasses of built-in types reach their base's special methods through super(), the
# class (int.__add__(self, o)) and the instance; one that does not define an operator
# keeps the built-in behaviour.
import functools


class Plain(int):
    pass


class Loud(int):
    def __add__(self, other):
        print("Loud.__add__", int(self), other)
        return Loud(super().__add__(other))

    def __radd__(self, other):
        return "radd " + repr(int.__radd__(self, other))

    def __eq__(self, other):
        return int.__eq__(self, other)

    def __hash__(self):
        return int.__hash__(self)

    def __lt__(self, other):
        r = super().__lt__(other)
        print("Loud.__lt__", other, r)
        return r


p = Plain(3)
print(p + 4, type(p + 4).__name__, 4 + p, p.__add__(4), Plain.__add__(p, 1.5), p.__radd__(2))
x = Loud(3)
print(x + 4, type(x + 4).__name__, 1.5 + x, 2 + x)
print(x == 3, x == 3.0, hash(x) == hash(3), x < 4, x < 2.5 if False else "skip", x.__lt__(2.5))
print(sorted([Loud(5), Loud(1), Loud(3)]))


class Meters(float):
    def __round__(self, n=None):
        return Meters(float.__round__(self, n if n is not None else 0))

    def __repr__(self):
        return "Meters(" + float.__repr__(self) + ")"


m = Meters(2.567)
print(round(m), round(m, 1), repr(m), str(m), m.__float__(), m.__trunc__(), float.__floor__(m))


class Scaled(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10

    def __setitem__(self, i, v):
        super().__setitem__(i, v + 1)

    def __contains__(self, v):
        return list.__contains__(self, v // 10)

    def __len__(self):
        return super().__len__() * 2


s = Scaled([1, 2, 3])
s[0] = 5
print(s[0], s, len(s), s.__len__(), 20 in s, 7 in s, list.__len__(s), list(s.__iter__()))


class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)

    def __getitem__(self, k):
        return super().__getitem__(k) * 2

    def __missing__(self, k):
        return 0


d = Logged()
d["a"] = 21
print(d["a"], d["zz"], d, dict.__getitem__(d, "a"), dict.__len__(d), dict.__contains__(d, "a"))


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return super().__eq__(other)
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return tuple.__lt__(self.parts, other.parts)

    __hash__ = object.__hash__


print(Version(1, 2) == Version(1, 2), Version(1) == 1, Version(1).__eq__(1), Version(1).__lt__(2))
print(Version(1, 2) < Version(1, 3), object.__eq__(Version(1), Version(1)), object.__ne__(Version(1), 1))
try:
    Version(1) < 2
except TypeError as e:
    print("TypeError", e)


@functools.total_ordering
class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return int.__lt__(self.v, other.v)


print(Box(1) <= Box(2), Box(3) >= Box(2), Box(1) > Box(1))
print(functools.reduce(int.__mul__, [1, 2, 3, 4]), list(map(float.__neg__, [1.5, -2.0])))
print(list(map(str.__len__, ["a", "bb"])), sorted(["ccc", "a", "bb"], key=str.__len__))
v = Version(1)
print(str.__str__(s.__class__.__name__), object.__str__(v) == object.__repr__(v), object.__format__(v, "") == repr(v))
