# A Money type: arithmetic with reflected and in-place operators, divmod, rounding,
# formatting, ordering and hashing, with CPython's errors for what it does not support.
import math


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = int(cents)
        self.currency = currency

    def _other(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"cannot mix {self.currency} and {other.currency}")
            return other.cents
        if isinstance(other, int):
            return other * 100
        return NotImplemented

    def __add__(self, other):
        c = self._other(other)
        return NotImplemented if c is NotImplemented else Money(self.cents + c, self.currency)

    __radd__ = __add__

    def __sub__(self, other):
        c = self._other(other)
        return NotImplemented if c is NotImplemented else Money(self.cents - c, self.currency)

    def __rsub__(self, other):
        c = self._other(other)
        return NotImplemented if c is NotImplemented else Money(c - self.cents, self.currency)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.currency)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / k.cents
        return Money(round(self.cents / k), self.currency)

    def __floordiv__(self, k):
        return Money(self.cents // k, self.currency)

    def __mod__(self, k):
        return Money(self.cents % k, self.currency)

    def __divmod__(self, k):
        print("  (Money.__divmod__)")
        q, r = divmod(self.cents, k)
        return Money(q, self.currency), Money(r, self.currency)

    def __rdivmod__(self, other):
        return "rdivmod", other

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __pos__(self):
        return self

    def __abs__(self):
        return Money(abs(self.cents), self.currency)

    def __bool__(self):
        return self.cents != 0

    def __round__(self, ndigits=None):
        unit = 100 if ndigits is None else 10 ** (2 - ndigits)
        return Money(round(self.cents / unit) * unit, self.currency)

    def __trunc__(self):
        return math.trunc(self.cents / 100)

    def __floor__(self):
        return self.cents // 100

    def __ceil__(self):
        return -(-self.cents // 100)

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < self._other(other)

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __str__(self):
        return format(self, ",.2f")

    def __format__(self, spec):
        if not spec:
            return str(self)
        return f"{self.cents / 100:{spec}} {self.currency}"


class Discount(Money):
    """A subclass that overrides the reflected operator: it goes first."""

    def __radd__(self, other):
        print("  (Discount.__radd__ first)")
        return Money(other.cents - self.cents, other.currency)


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, f"{type(e).__name__}: {e}")


price = Money(1999)
tax = Money(380)
print(price + tax, repr(price - 5), repr(3 + price), repr(25 - price))
print(repr(price * 3), repr(2 * price), repr(price / 4), round(price / tax, 4))
print(repr(price // 3), repr(price % 7), divmod(price, 7))
print(divmod(7, price))
print(repr(-price), repr(+price) == repr(price), repr(abs(Money(-5))))
print(bool(Money(0)), bool(price), "free" if not Money(0) else "paid")
print(repr(round(Money(1950))), repr(round(Money(1949), 1)))
print(math.trunc(Money(-1999)), math.floor(Money(-1999)), math.ceil(Money(1901)))
print(int(price), float(price), "%d|%.1f|%5.2f" % (price, price, price))
print(f"{price:>12.2f}|{price:,}|{Money(123456789):,.2f}|{price!r}")
print(format(price), str(Money(-5)), "{:.0f}".format(price))

total = Money(100)
alias = total
total += 50
total -= Money(25)
total *= 2
print(repr(total), alias is total, repr(alias))

print(repr(price + Discount(499)))
print(sorted([Money(5), Money(1), Money(3)]), max(Money(5), Money(9)))
print(Money(5) == Money(5), Money(5) != Money(6), Money(5) <= Money(5), Money(7) > Money(3))
print(Money(5) == 5, len({Money(5), Money(5), Money(6)}))

attempt("mixed currency:", lambda: Money(1) + Money(1, "USD"))
attempt("plus str:", lambda: price + "1")
attempt("str plus:", lambda: "1" + price)
attempt("matmul:", lambda: price @ price)
attempt("power:", lambda: price ** 2)
attempt("pow mod:", lambda: pow(price, 2, 5))
attempt("shift:", lambda: price << 1)
attempt("invert:", lambda: ~price)
attempt("ordering:", lambda: price < 5)
attempt("reverse ordering:", lambda: 5 >= price)
attempt("sequence repeat:", lambda: price * "ab")
attempt("hex:", lambda: hex(price))
attempt("list index:", lambda: [1, 2][price])


def inplace_xor():
    m = Money(1)
    m ^= 3
    return m


attempt("in-place xor:", inplace_xor)
