# Checks: int() from strings with bases and whitespace/underscores/signs, from floats (truncation
# toward zero), and its error messages.
print(int("42"), int("  42  "), int("-17"), int("+5"), int("0"), int("007"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("101", 2), int("z", 36), int("Z", 36), int("777", 8), int("10", 0))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(2.0 ** 70))
print(int(True), int(False), int(), int("\t\n 12 \n"))
print(int("123456789012345678901234567890") + 1)
for bad in ["abc", "", "1.5", "1 2", "0x10", "1__0", " ", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
