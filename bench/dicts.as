# Benchmark: dicts — 200,000 three-key record dicts built and read back, a 200,000-key int dict
# filled in scattered order, then probed with `in` and `[]` for hits and misses.
rows = []
for i in range(200000):
    rows.append({"id": i, "name": "n%d" % i, "ok": i % 2 == 0})
big = {}
for i in range(200000):
    big[i * 7919 % 1000003] = i
total = 0
for r in rows:
    total += r["id"] + len(r["name"])
for k in range(0, 1000003, 7):
    if k in big:
        total += big[k]
print(total, len(big))
