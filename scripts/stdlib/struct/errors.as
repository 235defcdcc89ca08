# struct.error and the other exceptions, with CPython's messages.
import struct

attempts = [
    ("b", 128), ("B", 256), ("h", -40000), ("H", 70000), ("i", 2**31), ("<i", -2**31 - 1),
    ("I", -1), ("<I", 2**32), ("<l", 2**31), ("l", 2**63), ("L", -1), ("q", 2**63),
    ("Q", 2**64), ("<Q", -1), ("n", 2**63), ("N", -1), ("i", 2**70),
    ("i", "3"), ("i", 3.0), ("d", "x"), ("d", 2**1100), ("c", b"ab"), ("c", "a"), ("s", "text"),
    ("p", 5), ("e", 65520.0), ("e", 1e10), ("<f", 1e300), ("@f", 1e300), ("<P", 1), ("z", 1),
    ("3", 1), ("<n", 1),
]
for fmt, value in attempts:
    try:
        print(fmt, struct.pack(fmt, value))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)

calls = [
    lambda: struct.pack("ii", 1),
    lambda: struct.pack("x", 1),
    lambda: struct.pack("0s"),
    lambda: struct.pack(),
    lambda: struct.unpack("i", b"abc"),
    lambda: struct.unpack("i", 3),
    lambda: struct.unpack_from("i", b"abcdef", 4),
    lambda: struct.unpack_from("i", b"abcd", offset=-1),
    lambda: struct.unpack_from("i", b"abcd", offset=-9),
    lambda: struct.iter_unpack("i", b"abcdef"),
    lambda: struct.iter_unpack("", b""),
    lambda: struct.Struct(1),
    lambda: struct.Struct("i").pack(1, 2),
    lambda: struct.calcsize(5),
]
for call in calls:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)
struct.unpack(">I", b"\x00\x01")
