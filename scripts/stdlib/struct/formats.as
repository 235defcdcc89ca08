# Every format character in the native and standard modes: sizes, alignment, byte order
# and round trips.
import struct

codes = "xcbB?hHiIlLqQnNefdspP"
for prefix in "@=<>!":
    sizes = []
    for c in codes:
        try:
            sizes.append(f"{c}{struct.calcsize(prefix + c)}")
        except struct.error as e:
            sizes.append(f"{c}!")
    print(prefix, " ".join(sizes))

for fmt in ["@bi", "@ib", "@bq", "@hbd", "@c3sI", "@?Q", "<bi", "=hq", "@h0i", "@i0q", "2x3s4p", "i q"]:
    print(f"{fmt!r}: {struct.calcsize(fmt)}")

values = (-1, 255, True, -32768, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)
for order in "<>!=":
    packed = struct.pack(order + "bB?hHiIqQ", *values)
    print(order, packed.hex(), struct.unpack(order + "bB?hHiIqQ", packed) == values)

for order in "<>":
    for x in (1.5, -0.1, 3.4e38, 1e-45, float("inf"), 65504.0, 0.333, -0.0):
        e = struct.unpack(order + "e", struct.pack(order + "e", x))[0] if abs(x) <= 65504 or x != x or abs(x) == float("inf") else None
        f = struct.unpack(order + "f", struct.pack(order + "f", x))[0]
        d = struct.unpack(order + "d", struct.pack(order + "d", x))[0]
        print(order, x, e, f, d, struct.pack(order + "f", x).hex())

print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"))
print(struct.pack("6p", b"hello world"), struct.unpack("6p", b"\x03abcde"), struct.pack("1p", b"abc"))
print(struct.pack("3c", b"x", b"y", b"z"), struct.unpack("3c", b"xyz"))
print(struct.pack(">?x?", 0, [1]), struct.unpack("??", b"\x00\x07"))
print(struct.pack("@P", 5).hex(), struct.pack("@P", -1).hex(), struct.unpack("@n", struct.pack("@n", -5)))
print(struct.pack("<Hh", 0xABCD, -2).hex(), struct.pack(">Hh", 0xABCD, -2).hex())
print(struct.pack(b"<i", 7), struct.Struct(b">h").format, struct.pack("< i  h", 1, 2))


class Index:
    def __index__(self):
        return 42


print(struct.pack("<i", Index()), struct.pack("<d", 3), struct.pack("<f", True))
print(list(struct.iter_unpack("<hB", bytes(range(9)))))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=2), struct.unpack_from("<h", b"\x00\x01\x02\x03", -2))
