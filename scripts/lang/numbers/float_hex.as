# Checks: float.hex (normal, subnormal, signed zero, inf/nan) and float.fromhex (with and
# without 0x, points, exponents, blanks, inf/nan spellings, rounding, overflow, underflow,
# bad strings), round trips, and fromhex on a subclass.
for x in [1.5, 0.0, -0.0, 1.0, 3.0, 0.1, -2.5, 1e308, 5e-324, -2.5e-310, 2.0 ** -1022,
          float("inf"), float("-inf"), float("nan")]:
    print(repr(x), x.hex())

for s in ["0x1.8p+0", "1.8", "  -0X1P-2 ", "0x.8", "0x1.", "ff", "0x1e3", "-0x0p0",
          "inf", "-Infinity", " nan ", "+INF", "0x1p-99999", "0x0.0000000000001p-1022",
          "0x0.00000000000008p-1022", "0x0.00000000000018p-1022",
          "0x1.000000000000080000000001p0", "0x1.fffffffffffff7p1023", "0x1p+1023"]:
    print(repr(s), repr(float.fromhex(s)))

for s in ["", "0x", "0x.", "1p", "p1", "0x1p1.5", "0x1_0p0", "0x1p1_0", "1.2.3", "0xg",
          "0x1p99999", "0x1.fffffffffffff8p1023", "- 1", "infinit"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)

for x in [0.1, 1 / 3, 123456.789, -7e-300, 2.0 ** 52 + 1]:
    print(float.fromhex(x.hex()) == x, float.fromhex(x.hex().upper()) == x)

try:
    float.fromhex(1)
except TypeError as e:
    print("TypeError:", e)


class Meters(float):
    pass


m = Meters.fromhex("0x1.4p+1")
print(type(m).__name__, m, Meters(2.5).hex(), (1.5).fromhex("0x2p0"))
