# Benchmark: match statements — class patterns through __match_args__ with guards, and
# sequence, mapping and class-self patterns over mixed values; 440,000 matches.
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
pts = [P(i % 3, i % 5) for i in range(100)]
items = [[1, 2], (3, 4, 5), {"k": 1}, "s", 7] * 20
total = 0
for _ in range(2000):
    for p in pts:
        match p:
            case P(0, y): total += y
            case P(x, 0): total += x
            case P(x, y) if x == y: total += 1
    for it in items:
        match it:
            case [a, b]: total += a
            case (a, *rest): total += len(rest)
            case {"k": v}: total += v
            case str(): total += 1
            case _: total += 0
print(total)
