# Operator overloading: a Money class (format, sum, hash, NotImplemented), total_ordering cards, a Matrix.
import functools

class Money:
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency="USD"):
        self.amount = round(amount, 2)
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"
    def __format__(self, spec):
        if spec == "short":
            return f"${self.amount:.0f}"
        return format(str(self), spec)
    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return None
    def __add__(self, other):
        if other == 0:
            return self
        r = self._check(other)
        if r is NotImplemented:
            return r
        return Money(self.amount + other.amount, self.currency)
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(self.amount * k, self.currency)
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.amount, self.currency) == (other.amount, other.currency)
        if other == 0:
            return self.amount == 0
        return NotImplemented
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __lt__(self, other):
        self._check(other)
        return self.amount < other.amount
    def __bool__(self):
        return self.amount != 0
    def __neg__(self):
        return Money(-self.amount, self.currency)
    def __abs__(self):
        return Money(abs(self.amount), self.currency)

@functools.total_ordering
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __eq__(self, o):
        return self.RANKS.index(self.rank) == self.RANKS.index(o.rank)
    def __lt__(self, o):
        return self.RANKS.index(self.rank) < self.RANKS.index(o.rank)
    def __repr__(self):
        return f"{self.rank}{self.suit}"

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __iter__(self):
        return iter(self.rows)
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __len__(self):
        return len(self.rows)
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __call__(self, v):
        return [sum(a * b for a, b in zip(r, v)) for r in self.rows]

wallet = [Money(10.5), Money(3.25), Money(100)]
print(sum(wallet), repr(sum(wallet)), f"{sum(wallet):short}", f"[{Money(5):>15}]")
print(sorted(wallet), max(wallet), Money(2) * 3, 3 * Money(2), -Money(4), abs(Money(-4)))
print(Money(1) == Money(1.0), Money(1) != Money(2), len({Money(1), Money(1.0), Money(2)}), bool(Money(0)))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1).extra = 5
except AttributeError as e:
    print("AttributeError:", e)
hand = [Card(c) for c in ["KH", "2C", "TD", "AS", "5H"]]
print(sorted(hand), max(hand), Card("KH") >= Card("QS"), Card("2C") <= Card("2D"))
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m[1, 0], 4 in m, 9 in m, len(m), m([1, 1]))
m[0, 0] = 7
print(list(m), [x for row in m for x in row])
