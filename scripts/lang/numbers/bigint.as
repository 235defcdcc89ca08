# Checks: arbitrary-precision ints — powers, factorial, negative big ints, floor division and
# modulo with big operands, comparisons, conversion to str and back.
print(2 ** 100)
print(2 ** 64, 2 ** 64 - 1, 2 ** 63, -2 ** 63, -(2 ** 63) - 1)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
n = -(3 ** 80)
print(n)
print(n // 7, n % 7, n // -7, n % -7)
big = 10 ** 30 + 12345
print(big // 10 ** 15, big % 10 ** 15, divmod(big, 97))
print(-big // 1000, -big % 1000)
print(big * big)
print(big - big, big + (-big), big == 10 ** 30 + 12345, big > 10 ** 30)
print(int(str(2 ** 200)) == 2 ** 200)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
print((2 ** 64) // (2 ** 32), (2 ** 64) >> 10, 1 << 100)
print(abs(-(10 ** 25)), -(10 ** 25) < 0)
print(hex(2 ** 70), bin(2 ** 65), oct(8 ** 22))
print(2 ** 100 / 2 ** 99, (10 ** 20) / 4)
print(12345678901234567890 % 1000000007)
print(pow(2, 100, 1000000007))
