# Exact rational arithmetic versus binary floats: harmonic numbers and an exact average.
from fractions import Fraction as F

h = sum(F(1, n) for n in range(1, 11))
print(h, float(h), sum(1 / n for n in range(1, 11)))
print(F(1, 10) + F(2, 10) == F(3, 10), 0.1 + 0.2 == 0.3, F(0.1), F(0.1).limit_denominator())
a, b = F(7, 12), F(-5, 18)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -b, abs(b), +a)
print(a ** 3, a ** -2, b ** -1, F(4, 9) ** F(1, 2), 2 ** F(3), 8 ** F(1, 3))
print(a + 1, 1 - a, a * 0.5, 2.5 / a, a < 0.6, a > F(1, 2), a == F(14, 24), F(3) == 3, F(1, 2) == 0.5)
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 3), round(F(1234, 1), -2), int(F(-7, 2)))
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), float(F(1, 3)), bool(F(0)), bool(F(1, 9)))
print(F(10, 4).numerator, F(10, 4).denominator, F(-10, 4).as_integer_ratio(), F(6, -4), F(F(1, 2), F(3, 4)))
