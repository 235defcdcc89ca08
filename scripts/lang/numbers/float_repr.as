# Checks: the repr/str of floats — shortest round-trip repr, exponent switch-over points,
# signed zero, inf and nan.
values = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 2.0, -0.0, 0.0, 100.0, 1e16, 1e15, 123456789012345678.0,
          1e22, 1e-5, 1e-4, 0.0001234, 1.5e-7, 12345.678, 1e100, 2.5, 3.0e10, 1.7976931348623157e308,
          5e-324, 9007199254740993.0, 0.3, 1.1 * 3, 4.35 * 100, 1234567890.123456789]
for v in values:
    print(v, repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print([0.1, -0.0, inf, nan])
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(float(10 ** 16), float(10 ** 15), float(-10 ** 17))
print(float("0.1") == 0.1, 0.1 + 0.2 == 0.3, float(repr(0.1 + 0.2)) == 0.1 + 0.2)
print(-0.0 == 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0)
