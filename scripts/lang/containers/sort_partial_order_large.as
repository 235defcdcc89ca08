# Sorting more than 64 items merges runs, galloping while one run keeps winning. With an
# order that is not total (NaN, or tuples holding NaN) the result depends on exactly which
# pairs are compared, so it matches CPython only when the same comparisons are made: the
# number of __lt__ calls shows it too.
nan = float("nan")
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n


calls = 0


class Key:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v


def show(label, data):
    global calls
    calls = 0
    order = sorted(range(len(data)), key=lambda i: Key(data[i]))
    forward = calls
    calls = 0
    backward = sorted(range(len(data)), key=lambda i: Key(data[i]), reverse=True)
    print(label, len(data), "calls", forward, calls)
    print("  first", order[:12], "last", order[-6:])
    print("  reverse first", backward[:12])


for n in (70, 150, 700, 3000):
    show("nan among ints", [nan if rand(4) == 0 else rand(40) for _ in range(n)])
    show("ints only", [rand(12) for _ in range(n)])
    nearly = sorted(rand(1000) / 7 for _ in range(n))
    for _ in range(n // 25):
        nearly[rand(n)] = nan
    show("nearly sorted floats with nan", nearly)
    pairs = [(nan if rand(5) == 0 else rand(9), rand(3)) for _ in range(n)]
    result = sorted(pairs)
    print("  tuples", [p[1] if p[0] == p[0] else -1 for p in result][:30])
    print("  max", max(pairs[:50]), "min", min(pairs[:50]))
