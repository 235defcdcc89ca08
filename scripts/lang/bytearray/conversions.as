# Conversions between str, bytes and bytearray: ord, str(b, encoding, errors), __bytes__.


class Token:
    def __init__(self, text):
        self.text = text

    def __bytes__(self):
        return self.text.encode("utf-8")


class Broken:
    def __bytes__(self):
        return 5


print(ord(b"A"), ord(bytearray(b"z")), [ord(bytes([c])) for c in b"hi"])
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"caf\xe9"), "latin-1"), str(b"\xff!", "utf-8", "replace"))
print(str(bytearray(b"x"), errors="strict"), repr(str(b"a\xffb", encoding="ascii", errors="ignore")))
print(bytes(Token("héllo")), bytearray(bytes(Token("ok"))), b"".join([bytes(Token("a")), b"b"]))
for bad in [lambda: ord(b"ab"), lambda: ord(bytearray()), lambda: str(b"\xff", "utf-8"), lambda: bytes(Broken()),
            lambda: str("text", "utf-8"), lambda: str(5, "utf-8")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
