# Checks: augmented assignment to attributes and subscripts; the target's object and index are
# evaluated only once; works on dict entries, nested lists and class attributes.
def log(label, v):
    print("eval", label)
    return v
class Counter:
    total = 0
    def __init__(self):
        self.count = 0
c = Counter()
c.count += 1
c.count += 10
print(c.count)
Counter.total += 5
print(Counter.total, c.total)
c.total += 1
print(Counter.total, c.total)
d = {"a": 1}
d["a"] += 1
d["a"] *= 10
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] -= 3
grid[0][1] **= 3
print(grid)
arr = [10, 20, 30]
log("container", arr)[log("index", 2)] += log("value", 5)
print(arr)
log("obj", c).count -= log("rhs", 1)
print(c.count)
s = {"list": [1]}
s["list"] += [2]
print(s)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    missing = {}
    missing["k"] += 1
except KeyError as e:
    print("KeyError:", e)
