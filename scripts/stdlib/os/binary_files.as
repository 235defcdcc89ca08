# Writing and reading a binary file.
import os

path = f"_os_binary_{os.getpid()}.bin"
data = "naïve café".encode()
with open(path, "wb") as f:
    print(f.write(data))
with open(path, "rb") as f:
    raw = f.read()
print(raw == data, len(raw), raw)
with open(path, "rb") as f:
    print(f.read(3), f.tell())
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    with open(path, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
os.remove(path)
