# The heap functions compare only with <, in CPython's order: the log of every __lt__ call
# shows the sift going to a leaf first and then back up.
import heapq

log = []


class Item:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank

    def __lt__(self, other):
        log.append(f"{self.name}<{other.name}")
        return self.rank < other.rank

    def __repr__(self):
        return self.name


def show(label, value=None):
    print(label, value, " ".join(log))
    log.clear()


h = []
for name, rank in [("e", 5), ("c", 3), ("h", 8), ("a", 1), ("i", 9), ("b", 2), ("g", 7), ("d", 4)]:
    heapq.heappush(h, Item(name, rank))
    show("push", h)
while h:
    show("pop", heapq.heappop(h))

data = [Item(c, r) for c, r in zip("pqrstuvwxyz", [7, 3, 9, 1, 3, 8, 2, 6, 5, 4, 3])]
heapq.heapify(data)
show("heapify", data)
show("replace", heapq.heapreplace(data, Item("m", 4)))
show("pushpop small", heapq.heappushpop(data, Item("k", 0)))
show("pushpop big", heapq.heappushpop(data, Item("n", 10)))
show("pushpop empty", heapq.heappushpop([], Item("o", 1)))

# Ties: equal ranks keep whatever order the sifts leave, which only the exact algorithm gives.
ties = [Item(c, 1) for c in "abcdefghij"]
heapq.heapify(ties)
show("ties", ties)
print([heapq.heappop(ties) for _ in range(len(ties))])
log.clear()


# Tuples compare item by item: == first, then < on the first difference.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        log.append(f"{self.k}=={other.k}")
        return self.k == other.k

    def __lt__(self, other):
        log.append(f"{self.k}<{other.k}")
        return self.k < other.k

    def __repr__(self):
        return f"K{self.k}"


t = []
for k, seq in [(2, "x"), (1, "y"), (2, "a"), (1, "b"), (3, "c")]:
    heapq.heappush(t, (Key(k), seq))
show("tuples", t)
print([heapq.heappop(t)[1] for _ in range(len(t))])
log.clear()
print(heapq.heappop([(1, "a")]), heapq.heappushpop([(1, "a")], (0, "z")), heapq.heappushpop([(1, "a")], (2, "z")))


# __gt__ alone: a < b falls back to b > a.
class Gt:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append(f"{self.v}>{other.v}")
        return self.v > other.v

    def __repr__(self):
        return f"G{self.v}"


g = [Gt(v) for v in [4, 2, 5, 1, 3]]
heapq.heapify(g)
show("reflected", g)

# A list subclass is a list to the heap functions.


class Heap(list):
    pass


sub = Heap([5, 4, 3, 2, 1])
heapq.heapify(sub)
heapq.heappush(sub, 0)
print(type(sub).__name__, sub, heapq.heappop(sub), sub)
