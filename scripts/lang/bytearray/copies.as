# What copies a bytearray and what shares it: results never alias the bytearray they came
# from, and deleting a consumed prefix keeps the rest intact.
b = bytearray(b"abcdef")
view = b[1:3]
b[1] = 0
print(view, b)
for make in [lambda x: b"" + x, lambda x: x + b"", lambda x: bytes(x), lambda x: b"".join([x]),
             lambda x: b"-abc-".partition(x), lambda x: x.decode(), lambda x: str(x, "ascii"),
             lambda x: x.strip(), lambda x: x.replace(b"q", b"r"), lambda x: x * 1, lambda x: x.copy()]:
    src = bytearray(b"abc")
    made = make(src)
    src[0] = 90
    print(type(made).__name__, made, src)

data = list(range(10))
del data[:3]
print(data)
del data[2:4]
data.append(100)
print(data)
del data[5:]
print(data)

buf = bytearray(range(10))
del buf[:3]
buf.append(99)
del buf[2:4]
buf.insert(0, 7)
print(buf, len(buf))
stream = bytearray(b"line1\nline2\r\nline3")
while (i := stream.find(b"\n")) >= 0:
    print(stream[:i].rstrip(b"\r"))
    del stream[:i + 1]
print(stream, len(stream))

for bad in [lambda: int(bytearray(b"x")), lambda: int(b"1.5"), lambda: float(bytearray(b"x")),
            lambda: int(bytearray(b"z"), 16), lambda: float(b"")]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
