# Benchmark: the standard containers and class helpers real programs lean on — a deque as a
# FIFO and as a bounded window, heapq, bisect, defaultdict and Counter, namedtuple and
# dataclass records, sorted() by a key, lru_cache, s += piece; prints checksums.
import bisect
import dataclasses
import functools
import heapq
from collections import Counter, defaultdict, deque, namedtuple


def fifo(n):
    q = deque()
    total = 0
    for i in range(n):
        q.append(i)
        if i % 3 == 0:
            total += q.popleft()
    window = deque(maxlen=50)
    for i in range(n):
        window.append(i)
    return total + sum(window) + len(q)


def heaps(n):
    h = []
    for i in range(n):
        heapq.heappush(h, (i * 7919) % 10007)
    return sum(heapq.heappop(h) for _ in range(n // 2))


def searches(n):
    a = list(range(0, 2 * n, 2))
    hits = sum(bisect.bisect_left(a, i) for i in range(0, n, 3))
    b = []
    for i in range(n // 10):
        bisect.insort(b, (i * 31) % 1000)
    return hits + b[len(b) // 2]


def counting(n):
    groups = defaultdict(list)
    for i in range(n):
        groups[i % 100].append(i)
    words = Counter(f"w{i % 250}" for i in range(n))
    return len(groups) + sum(len(v) for v in groups.values()) + words.most_common(1)[0][1]


Point = namedtuple("Point", "x y")


@dataclasses.dataclass
class Item:
    name: str
    qty: int
    price: float = 1.0


def records(n):
    pts = [Point(i, -i) for i in range(n)]
    items = [Item(f"i{i}", i % 7, i * 0.5) for i in range(n)]
    by_qty = sorted(items, key=lambda it: it.qty)
    return sum(p.x - p.y for p in pts) + by_qty[0].qty + by_qty[-1].qty + int(sum(it.price for it in items))


@functools.lru_cache(maxsize=None)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


def building(n):
    s = ""
    for i in range(n):
        s += "ab"
    return len(s)


print(fifo(200000), heaps(60000), searches(60000), counting(150000))
print(records(40000), max(collatz(i) for i in range(1, 30000)), building(100000))
