# Packing records into a BytesIO buffer.
import io

buf = io.BytesIO()
for word in ["one", "two", "three"]:
    encoded = word.encode()
    buf.write(encoded)
    buf.write(b"\n")
print(buf.getvalue())
print(buf.tell())
buf.seek(0)
print(buf.readline(), buf.read(3))
print(list(io.BytesIO(b"a\nb\nc")))
print(io.BytesIO(b"xyz").read())
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
b = io.BytesIO(b"data")
b.close()
try:
    b.read()
except ValueError as e:
    print("ValueError:", e)
