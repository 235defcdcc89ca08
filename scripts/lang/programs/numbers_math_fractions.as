# int/float arithmetic, math functions, fractions, bases, big ints, rounding, bit operations, errors.
import math
from fractions import Fraction
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), 2 ** -1, 2 ** 100, pow(3, 4, 5), pow(2, -1, 7))
print(0.1 + 0.2, round(0.1 + 0.2, 2), 1 / 3, 10 / 5, int(3.9), int(-3.9), math.floor(-3.5), math.ceil(3.1), round(3.14159, 3))
print(math.sqrt(2), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.pi, math.e, math.inf, -math.inf, math.nan != math.nan, math.isnan(float("nan")), math.log(100, 10), math.log2(8), math.log10(1000))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.sin(0), math.atan2(1, 1), math.trunc(-2.7), math.prod([1, 2, 3, 4]))
print(Fraction(3, 4) + Fraction(1, 4), Fraction(1, 3) * 3, Fraction("0.125"), Fraction(5, 10), float(Fraction(1, 8)), Fraction(7, 3).limit_denominator(2))
print(sum([0.1] * 10), math.fsum([0.1] * 10), abs(-5), abs(-2.5), max(1, 2.5), min([3, 1, 2]), sum(range(101)))
print(bin(10), oct(64), hex(255), int("1010", 2), int("777", 8), 0xFF, 0o17, 0b11, 1_000_000, f"{1e6:.0f}", 5e-324, 1.7976931348623157e308 * 10)
print(10 ** 20, 2 ** 64 - 1, -(2 ** 63), (2 ** 100) // 3, (2 ** 100) % 7, int("123456789012345678901234567890") * 2)
print(True + True, True * 3, 3 / True, isinstance(True, int), int(True), float(1), complex is not None)
print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(1234, -2), round(0.5), format(2.675, ".2f"))
print((1).bit_length(), (255).bit_length(), (-1).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (7).bit_count())
print(float("1.5"), float("-inf"), float("1e-3"), 3.0.is_integer(), (2.5).as_integer_ratio(), 1e300 * 1e10, -1e300 * 1e10)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    int("12.5")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
print(hash(1) == hash(1.0), 1 == 1.0, {1: "a", 1.0: "b"}, 0.1 * 3 == 0.3, 1e16 + 1, 2 ** 0.5)
