# Checks: format(value, spec) for ints, floats, strings, bools; format with empty spec equals
# str(); errors for bad specs.
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "^6") + "|")
print(format(3.14159, ".2f"), format(3.14159, "10.4f"), format(0.5, "%"), format(1234567, ","))
print(format(255, "x"), format(255, "#X"), format(5, "08b"), format(-5, "b"), format(8, "o"))
print(format("text", ">10"), format("text", "*<8"), format("text", ".2"))
print(format(1e10, "g"), format(1e-10, ".3g"), format(123.456, "e"), format(0.000123, "f"))
print(format(True), format(True, "d"), format(None), format([1, 2]))
print(format(-0.0, ".1f"), format(2.5, ".0f"), format(1.25, ".1f"), format(10 ** 25, ","))
print(format(12, "+"), format(-12, "+"), format(12, " "), format(1.5, "+.2e"))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, "q")
except ValueError as e:
    print("ValueError:", e)
