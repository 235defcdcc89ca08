# Dispatching on the numeric tower, as a formatting library does.
import numbers
from fractions import Fraction

values = [7, True, 2.5, float("inf"), Fraction(3, 4), "5", None, [1]]
tower = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for v in values:
    print(f"{v!r:16}", [c.__name__ for c in tower if isinstance(v, c)])


def render(x):
    if isinstance(x, numbers.Integral):
        return f"{int(x):,}"
    if isinstance(x, numbers.Rational):
        return f"{x.numerator}/{x.denominator}"
    if isinstance(x, numbers.Real):
        return f"{float(x):.2f}"
    raise TypeError(f"not a real number: {x!r}")


for v in [1234567, Fraction(22, 7), 3.14159, False]:
    print(render(v))
try:
    render("x")
except TypeError as e:
    print("TypeError:", e)

print(issubclass(int, numbers.Rational), issubclass(float, numbers.Rational), issubclass(bool, numbers.Integral))
print(issubclass(Fraction, numbers.Real), issubclass(str, numbers.Number))
print([c.__name__ for c in numbers.Integral.__mro__])
print(numbers.Number.__hash__ is None, numbers.__all__)


class Meters(numbers.Real):
    pass


try:
    Meters()
except TypeError as e:
    print("TypeError:", e)


class Money(numbers.Integral):
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents


for name in sorted(numbers.Integral.__abstractmethods__):
    if name != "__int__":
        setattr(Money, name, lambda self, *a: NotImplemented)
Money.__abstractmethods__ = frozenset()
m = Money(250)
print(isinstance(m, numbers.Number), m.numerator, m.denominator, float(m), m.__index__(), m.real, m.imag)
