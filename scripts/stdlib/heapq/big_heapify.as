# heapify past 2,500 items visits the nodes in CPython's cache-friendly order: the same
# comparisons as the simple order but in another sequence, which a logging __lt__ and the
# final order of tied items both show.
import heapq


def lcg(n, seed, mod):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % mod)
    return out


calls = []


class Rank:
    def __init__(self, rank, tag):
        self.rank = rank
        self.tag = tag

    def __lt__(self, other):
        calls.append((self.tag, other.tag))
        return self.rank < other.rank


def fingerprint(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 31 + a * 7919 + b) % 1000000007
    return h


for n in [2500, 2501, 4097, 10000]:
    ranks = lcg(n, n, 50)  # many ties
    items = [Rank(r, i) for i, r in enumerate(ranks)]
    heapq.heapify(items)
    print(n, len(calls), fingerprint(calls), calls[:4], [x.tag for x in items[:8]])
    calls.clear()
    out = [heapq.heappop(items).tag for _ in range(20)]
    print(" pops", len(calls), fingerprint(calls), out)
    calls.clear()

# Plain ints: the heap invariant, then everything out in sorted order.
for n in [0, 1, 2, 3, 100, 2600, 30000]:
    data = lcg(n, 7, 1000000)
    heapq.heapify(data)
    ok = all(not data[i] < data[(i - 1) // 2] for i in range(1, n))
    popped = [heapq.heappop(data) for _ in range(n)]
    print(n, ok, popped == sorted(lcg(n, 7, 1000000)), popped[:5], data)

# Large ints, floats, strings and tuples go through the same sifts.
big = [x * 10**20 for x in lcg(3000, 3, 1000)]
heapq.heapify(big)
print(big[:3], [heapq.heappop(big) for _ in range(3)])
fl = [x / 7 for x in lcg(3000, 5, 1000)]
heapq._heapify_max(fl)
print(fl[:3], [heapq._heappop_max(fl) for _ in range(3)], heapq._heapreplace_max(fl, -1.0), fl[:3])
words = [str(x) for x in lcg(3000, 11, 100000)]
heapq.heapify(words)
print([heapq.heappop(words) for _ in range(5)])
pairs = list(zip(lcg(5000, 13, 20), lcg(5000, 17, 1000)))
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(6)])
h = []
for x in lcg(5000, 19, 100):
    if len(h) < 10:
        heapq.heappush(h, x)
    else:
        heapq.heappushpop(h, x)
print(sorted(h))
