# Rational approximations of constants with limit_denominator, and their errors.
import math
from fractions import Fraction

for name, value in [("pi", math.pi), ("e", math.e), ("sqrt2", math.sqrt(2)), ("golden", (1 + 5 ** 0.5) / 2)]:
    exact = Fraction(value)
    row = []
    for limit in (10, 100, 1000, 100000):
        approx = exact.limit_denominator(limit)
        row.append(f"{approx} (err {float(abs(approx - exact)):.2e})")
    print(f"{name:6}", "; ".join(row))
print(Fraction(3, 7).limit_denominator(100), Fraction(1, 3).limit_denominator(2), Fraction(-9, 13).limit_denominator(5))
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)
