# The methods bytes and bytearray share return the receiver's type; the stdlib takes either.
import base64
import binascii
import io
import json

samples = [b"Hello, World", bytearray(b"Hello, World")]
for s in samples:
    print(type(s).__name__)
    print(" ", s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
    print(" ", s.replace(b"l", b"L", 2), s.strip(b"Hd"), s.lstrip(b"eH"), s.rstrip(b"dl"))
    print(" ", s.split(b", "), s.rsplit(b"o", 1), s.partition(b", "), s.rpartition(b"o"))
    print(" ", s.find(b"o"), s.rfind(b"o"), s.find(b"o", 5), s.find(111, 5, 8), s.index(b"W"), s.rindex(108))
    print(" ", s.count(b"l"), s.count(108, 3), s.startswith(b"Hell"), s.endswith(bytearray(b"ld")))
    print(" ", s.center(16, b"*"), s.ljust(14, b"."), s.rjust(14), s[:5].zfill(8))
    print(" ", s.removeprefix(b"Hello"), s.removesuffix(b"World"), s.hex(), s.decode("ascii"))
    print(" ", s.isalpha(), s[:5].isalpha(), s[7:].isupper(), s.isascii(), bytearray(b"42").isdigit())
    print(" ", s[::-1], s[1:4], s[-1], s[100:], list(s[:3]), len(s))
    print(" ", s + b"!", b"!" + s, s * 2, 0 * s, s == b"Hello, World", s < b"Help", s > bytearray(b"A"))
    print(" ", b"o" in s, 111 in s, b"" in s, type(s.fromhex("41 42")).__name__, s.fromhex("41 42"))

# Non-ASCII bytes stay untouched by the ASCII-only case methods and strip.
raw = bytearray(b"\xffabc\xe9 ")
print(raw.upper(), raw.strip(), raw.strip(b"\xff "), raw.isalpha())

# Iteration sees appends made while it runs; bytes() copies.
buf = bytearray(b"ab")
seen = []
for c in buf:
    seen.append(c)
    if len(buf) < 5:
        buf.append(c + 1)
print(seen, buf)
snapshot = bytes(buf)
buf[0] = 0
print(snapshot, buf, buf.copy() == buf, buf.copy() is buf)

# In-place operators keep the same object.
alias = buf
buf += b"!"
buf *= 2
print(alias is buf, alias)
buf.clear()
print(alias, len(alias), bool(alias))

# Constructors.
print(bytearray(), bytearray(3), bytearray([72, 105]), bytearray(b"xy"), bytearray(bytearray(b"z")))
print(bytearray("héllo", "utf-8"), bytearray("abc", encoding="ascii"), bytearray(x * 2 for x in range(4)))
print(bytes(bytearray(b"q")), bytearray(range(3)) == bytes(range(3)), sorted([bytearray(b"b"), b"a"]))
print(repr(bytearray(b"it's")), str(bytearray(b'say "hi"')), f"{bytearray(b'q')}", "%r" % (bytearray(b"\n"),))
print(isinstance(bytearray(), bytearray), isinstance(bytearray(), bytes), type(bytearray()), bytearray)

# The standard library accepts bytearray wherever CPython takes a bytes-like object.
data = bytearray(b"payload")
print(base64.b64encode(data), base64.b64decode(bytearray(b"cGF5bG9hZA==")), binascii.hexlify(data))
print(json.loads(bytearray(b'{"ok": [1, 2]}')), int(bytearray(b" 12 ")), float(bytearray(b"2.5")))
stream = io.BytesIO(data)
data.extend(b"!!")
stream.seek(0, 2)
stream.write(bytearray(b"+more"))
print(stream.getvalue(), data, str(data, "utf-8"), b"-".join([data, b"x"]))
match bytearray(b"ab"):
    case [97, 98]:
        print("matched as a sequence")
    case bytearray(b"ab"):
        print("matched bytearray(b'ab')")
