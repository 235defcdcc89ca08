# bytearray: 400,000 appends and item writes, an in-place XOR pass, += of slices, and a
# line splitter that finds b"\n" and deletes consumed prefixes.
buf = bytearray()
for i in range(400000):
    buf.append(i * 7 & 0xFF)
key = b"k3y"
for i in range(len(buf)):
    buf[i] ^= key[i % 3]
out = bytearray()
for i in range(0, len(buf), 64):
    out += buf[i:i + 32]
    out += b"\n"
lines = 0
total = 0
pending = bytearray(out)
while True:
    j = pending.find(b"\n")
    if j < 0:
        break
    total += pending[0] + len(pending[:j])
    del pending[:j + 1]
    lines += 1
print(len(buf), sum(buf) % 1000003, lines, total)
