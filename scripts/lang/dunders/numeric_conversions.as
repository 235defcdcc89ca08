# A fixed-point Decimal-like type and the conversions CPython asks it for: int(), float(),
# round(), math.trunc/floor/ceil, operator.index, hex/bin/oct, %-formatting, math
# functions, chr, bytes, and the errors for conversions that return the wrong type.
import math
import operator


class Fixed:
    """A number with two decimals, stored as hundredths."""

    def __init__(self, hundredths):
        self.h = hundredths

    def __repr__(self):
        return f"Fixed({self.h / 100:.2f})"

    def __int__(self):
        print("  (__int__)")
        return int(self.h / 100)

    def __float__(self):
        print("  (__float__)")
        return self.h / 100

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.h / 100)
        return Fixed(round(self.h, ndigits - 2))

    def __trunc__(self):
        return int(self.h / 100)

    def __floor__(self):
        return self.h // 100

    def __ceil__(self):
        return -(-self.h // 100)


class Count:
    """An integer-like object: __index__ makes it usable wherever an int is."""

    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


x = Fixed(-1234)
print(int(x), float(x), round(x), round(x, 1), round(Fixed(1255), 1))
print(math.trunc(x), math.floor(x), math.ceil(x))
print(math.sqrt(Fixed(225)), math.isclose(Fixed(50), 0.5), f"{math.hypot(Fixed(300), Fixed(400)):.1f}")
print("%d %i %.3f %e %g" % (x, x, x, Fixed(5), Fixed(25)))

c = Count(3)
print(operator.index(c), hex(Count(255)), bin(c), oct(Count(64)), chr(Count(65)), "%x %o %c" % (c, c, Count(97)))
print(int(c), float(c), math.floor(Count(7)), math.sqrt(Count(16)), math.factorial(Count(5)), math.gcd(Count(12), 18))
print(round(2.71828, Count(3)), list(range(Count(2), Count(8), Count(3))), [0, 1, 2, 3][Count(1):Count(3)])
print(bytes(Count(3)), bytes([Count(104), Count(105)]), "ab" * Count(2), [None] * Count(2), Count(2) * (0,))
print(divmod(Count(7), 2) if hasattr(Count, "__divmod__") else "no divmod", isinstance(operator.index(True), int))


class Quantity:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)

    def __pow__(self, exp, mod=None):
        return ("pow", self.v, exp, mod)


print(divmod(Quantity(7), 2), divmod(7, Quantity(2)), pow(Quantity(2), 10), pow(Quantity(2), 10, 7))


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, f"{type(e).__name__}: {e}")


class Wrong:
    def __int__(self):
        return "7"

    def __float__(self):
        return 7

    def __index__(self):
        return 7.0

    def __bool__(self):
        return 1


w = Wrong()
for label, fn in [("int:", lambda: int(w)), ("float:", lambda: float(w)), ("index:", lambda: operator.index(w)),
                  ("hex:", lambda: hex(w)), ("bool:", lambda: bool(w)), ("if:", lambda: "yes" if w else "no"),
                  ("%d:", lambda: "%d" % w), ("%f:", lambda: "%f" % w), ("math.sqrt:", lambda: math.sqrt(w))]:
    attempt(label, fn)

plain = object()
for label, fn in [("int:", lambda: int(plain)), ("float:", lambda: float(plain)), ("round:", lambda: round(plain)),
                  ("trunc:", lambda: math.trunc(plain)), ("floor:", lambda: math.floor(plain)),
                  ("sqrt:", lambda: math.sqrt(plain)), ("chr:", lambda: chr(plain)), ("%f:", lambda: "%f" % (plain,)),
                  ("%x:", lambda: "%x" % (plain,)), ("%d:", lambda: "%d" % (plain,)), ("index:", lambda: operator.index(plain)),
                  ("divmod:", lambda: divmod(plain, 1)), ("pow:", lambda: pow(plain, 1, 2)), ("pow float:", lambda: pow(2.0, 1, 2)),
                  ("round digits:", lambda: round(1.5, plain)), ("bytes:", lambda: bytes(plain)), ("repeat:", lambda: [1] * 1.5)]:
    attempt(label, fn)


class BadBytes:
    def __bytes__(self):
        return "not bytes"


attempt("__bytes__:", lambda: bytes(BadBytes()))
