# Benchmark: the bytecode dispatch loop — a while loop of 3,000,000 iterations doing integer
# arithmetic (multiply, add, modulo, bit-and) and a list append; prints a checksum.
n = 3_000_000
i = 0
acc = 0
out = []
while i < n:
    acc = (acc * 31 + i) % 1_000_003
    out.append(acc & 255)
    i += 1
print(len(out), acc, out[-1])
