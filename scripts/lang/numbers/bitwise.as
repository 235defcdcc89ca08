# Checks: & | ^ ~ << >> on positive and negative ints (two's complement semantics), big ints.
a, b = 12, 10
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 2, -12 >> 2)
print(-1 >> 5, -1 << 5, -5 >> 1, 5 >> 10, -5 >> 10)
print(~0, ~-1, ~2 ** 70)
print(1 << 64, (1 << 64) - 1 & 0xFF, (1 << 100) | 1)
print(-(1 << 70) >> 3, -(1 << 70) & 0xFFFF, (1 << 70) ^ -1)
print(0xF0 & 0x3C | 0x01, 0xF0 & (0x3C | 0x01), 1 | 2 ^ 3 & 4)
print(1 + 2 << 3, 1 << 2 + 3, 5 & 3 == 1)
print(bin(-10 & 0xFF), bin(~5), bin(-5))
print(True & False, True | False, True ^ True, ~True)
x = 0b1111
x &= 0b1010
print(x)
x |= 0b0100
print(x)
x ^= 0b1111
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
