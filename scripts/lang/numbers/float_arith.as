# Checks: float arithmetic, mixing with ints, inf/nan behaviour in arithmetic and comparisons,
# float division by zero, huge ints compared with floats.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * 2, 1 / inf, inf > 10 ** 400)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, -inf < inf, inf == float("infinity"))
print(0.5 + 0.25, 1.5 * 4, 10.0 / 4, 7.0 // 2, 2.0 ** 0.5)
print(1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print(1e308 * 10, -1e308 * 10)
print(abs(-2.5), -(-2.5), +1.5)
x = 1.0
for _ in range(10):
    x /= 3
print(x)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10 ** 400 + 0.5
except OverflowError as e:
    print("OverflowError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised")
print(float(10 ** 300) * 10 ** 10 > 0)
