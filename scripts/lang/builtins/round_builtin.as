# Checks: round() — half-to-even on ints and floats, ndigits positive/negative/zero, result
# types (int without ndigits, float with), binary float representation effects.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0))
print(round(3.14159, 3), round(3.14159, 0), round(-3.7), round(3.7), round(1e20))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(1234, 2))
print(round(1234.5678, -2), round(15, -1), round(25, -1), round(5, -1), round(-5, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), type(round(7, -1)))
print(round(0.1 + 0.2, 15), round(1 / 3, 5), round(2 / 3, 1), round(-0.4), round(0.0))
print(round(True), round(123456789.987654321, 4), round(10 ** 30 + 5, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 1))
