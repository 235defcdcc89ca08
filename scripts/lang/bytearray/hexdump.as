# A hexdump built from the bytes methods: hex() with a separator, translate() through a
# maketrans() table for the printable column, decode() error handlers, expandtabs, istitle.
PRINTABLE = bytes(range(32, 127))
DOTS = bytes.maketrans(bytes(range(256)), bytes(c if c in PRINTABLE else ord(".") for c in range(256)))


def hexdump(data, width=8):
    for off in range(0, len(data), width):
        row = data[off:off + width]
        print(f"{off:04x}  {row.hex(' ', 1):<{width * 3}} |{row.translate(DOTS).decode('ascii')}|")


blob = bytearray("Grüße, \t wörld!\n".encode("utf-8")) + bytes(range(5)) + b"\xff\xfe tail"
hexdump(blob)
hexdump(b"short")
print(blob.hex(":", 4), bytes(blob[:6]).hex("-", -4), blob[:3].hex(sep=b"_", bytes_per_sep=2))

# translate with a table and with delete.
rot13 = bytes.maketrans(b"ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
                        b"NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
secret = bytearray(b"Hello, World").translate(rot13)
print(secret, secret.translate(rot13), b"a-b-c".translate(None, b"-"), bytearray(b"a b").translate(None, delete=b" "))

# decode's error handlers, on UTF-8 and ASCII.
broken = bytearray(b"ok \xe2\x82 \xff end \xc3")
for handler in ["replace", "backslashreplace", "ignore"]:
    print(handler, repr(broken.decode("utf-8", handler)), repr(broken.decode("ascii", errors=handler)))
for codec in ["utf-8", "ascii"]:
    try:
        broken.decode(codec)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    broken.decode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)

# expandtabs, istitle, startswith/endswith with tuples and windows.
print(bytearray(b"name\tvalue\r\n\tx").expandtabs(6), b"a\tb".expandtabs(tabsize=2))
print(b"Hello World".istitle(), bytearray(b"Hello world").istitle(), b"HTTP".istitle())
header = bytearray(b"GET /index.html HTTP/1.1")
print(header.startswith((b"POST", b"GET")), header.endswith(b"1.1", 0, -2), header.startswith(b"/", 4), header.find(b"/", 5))
for bad in [lambda: header.startswith("GET"), lambda: header.startswith((b"GET", 1)), lambda: header.hex("::"), lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bytearray(True), bytes(False), bytearray(b"x") * True)
