# Checks: ** with int, negative and float exponents, right associativity, unary minus binding.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, 1 ** -5)
print(4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3), 2.0 ** 10)
print(type(2 ** 2), type(2 ** -2), type(2.0 ** 2))
print(2 ** 3 ** 2, -2 ** 2, 2 ** -1 ** 2)
print(10 ** 20, 10.0 ** 20, 10 ** 22, 10.0 ** 22)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(7, 0, 1))
print(0.0 ** 0, 1.5 ** 2, (-1.5) ** 2)
x = 3
x **= 3
print(x)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
