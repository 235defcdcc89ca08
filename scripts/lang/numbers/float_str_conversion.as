# Checks: float() from strings (whitespace, signs, exponents, inf/nan spellings), from ints,
# and its error messages.
print(float("1.5"), float("  -2.25  "), float("1e3"), float("-1e3"), float("1E-2"), float(".5"),
      float("5."), float("+7"), float("1_000.5"))
print(float("inf"), float("-inf"), float("Infinity"), float("INF"), float("nan"), float("-NaN"))
print(float(3), float(-0), float(10 ** 20), float(True), float())
print(float("0.1") + float("0.2"))
print(float("1e400"), float("-1e400"), float("1e-400"))
for bad in ["abc", "", "1.2.3", "1e", "inf inity", "0x10", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
