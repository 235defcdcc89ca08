from collections import defaultdict

orders = [("alice", "book", 12.5), ("bob", "pen", 1.2), ("alice", "lamp", 30.0),
          ("carol", "book", 12.5), ("bob", "ink", 4.0), ("alice", "pen", 1.2)]
by_customer = defaultdict(list)
spend = defaultdict(float)
counts = defaultdict(int)
for who, item, price in orders:
    by_customer[who].append(item)
    spend[who] += price
    counts[item] += 1
for who in sorted(by_customer):
    print(f"{who:6} {', '.join(by_customer[who]):20} {spend[who]:7.2f}")
print(counts)
print(dict(counts), counts["nothing"], len(counts))
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], list(root["a"]))
plain = defaultdict(None, {"k": 1})
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
print(plain, isinstance(plain, dict), type(counts.copy()).__name__)
