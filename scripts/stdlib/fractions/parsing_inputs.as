# Read fractions from user-style strings, rejecting the malformed ones with CPython's errors.
from fractions import Fraction

inputs = ["3/4", " -12/8 ", "0.125", "1e-3", "-2.5E2", "7", "1_000/3", "3 / 4", "abc", "1/0", "", "0x10", ".5", "5."]
for text in inputs:
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError) as e:
        print(f"{text!r:10} {type(e).__name__}: {e}")
    else:
        print(f"{text!r:10} {value!r} = {value}")
for bad in [lambda: Fraction(1, 0), lambda: Fraction(1.5, 2), lambda: Fraction([1]), lambda: Fraction(float("nan")),
            lambda: Fraction(float("inf")), lambda: Fraction(1) / 0, lambda: Fraction(2, 3) < "x"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(Fraction.from_float(0.375), Fraction(2.5), Fraction(-0.0), Fraction(True), Fraction(Fraction(3, 9)))
