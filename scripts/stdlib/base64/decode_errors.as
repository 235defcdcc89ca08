# Every way base64 input can be malformed, and the error each one gives.
import base64
import binascii

cases = [
    (base64.b64decode, "abc"),
    (base64.b64decode, "abcde"),
    (base64.b64decode, "a"),
    (base64.b64decode, "ab=c"),
    (base64.b64decode, "é"),
    (base64.b64decode, 12),
    (base64.b32decode, "MZXW6=="),
    (base64.b32decode, "mzxw6==="),
    (base64.b32decode, "MZXW6!=="),
    (base64.b16decode, "abc"),
    (base64.b16decode, "ZZ"),
    (base64.b16decode, "ab"),
    (base64.b64encode, "text"),
    (binascii.unhexlify, "abc"),
]
for fn, arg in cases:
    try:
        print(fn.__name__, repr(arg), "->", fn(arg))
    except (binascii.Error, ValueError, TypeError) as e:
        print(fn.__name__, repr(arg), "->", type(e).__name__, e, isinstance(e, ValueError))
for s in ["YQ==", "YQ=", "YQ===", "Y Q==", "YQ==YQ==", "=YQ=="]:
    try:
        print(repr(s), base64.b64decode(s, validate=True))
    except binascii.Error as e:
        print(repr(s), "strict:", e, "| lenient:", base64.b64decode(s) if s != "YQ=" else "-")
print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify(b"00ff"))
