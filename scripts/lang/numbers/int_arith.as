# Checks: basic int arithmetic and operator precedence; int/int true division gives a float.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a, +a, -(-a), abs(-a))
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 / 2, 10 / 4, 1 / 3, 2 / 3, -1 / 3, 7 / 7)
print(type(10 / 2), type(10 // 2), type(10 % 3))
print(100 - 3 * 7 + 2, 8 - 3 - 2, 64 // 4 // 2, 2 * 3 % 4)
print(1 + 2.0, 3 * 1.5, 2 - 0.5, type(1 + 2.0))
x = 0
for i in range(1, 11):
    x = x * 3 + i
print(x)
print(0 * -1, -0, 0 == -0)
print(7 // 1, 7 % 1, 0 // 5, 0 % 5)
print(True + 1, 3 * False)
