# Exact probabilities for two dice, then the expected value and a fair price.
from fractions import Fraction
from itertools import product

outcomes = list(product(range(1, 7), repeat=2))
counts = {}
for a, b in outcomes:
    counts[a + b] = counts.get(a + b, 0) + 1
dist = {total: Fraction(n, len(outcomes)) for total, n in sorted(counts.items())}
for total, p in dist.items():
    print(f"{total:2} {str(p):5} {'#' * (p * 36).numerator}")
print("sum", sum(dist.values()))
expected = sum(total * p for total, p in dist.items())
print("expected", expected, type(expected).__name__)
p_seven_or_eleven = dist[7] + dist[11]
print("7 or 11:", p_seven_or_eleven, f"{float(p_seven_or_eleven):.4f}")
print("odds against:", (1 - p_seven_or_eleven) / p_seven_or_eleven)
