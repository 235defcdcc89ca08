# Checks: divmod on ints and floats of every sign combination; pow with 2 and 3 arguments
# (including negative exponent with modulus — modular inverse).
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7)]:
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 2))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 3))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 10 ** 18, 10 ** 9 + 7))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
