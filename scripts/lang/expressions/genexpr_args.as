# Checks: generator expressions as sole call argument and as one argument among several, with
# sum/any/all/max/min/sorted/list/tuple/set/dict/str.join; laziness of any/all.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in xs), sum((x for x in xs), 100))
print(any(x > 8 for x in xs), all(x > 0 for x in xs), any(x > 100 for x in xs), all(x % 2 for x in xs))
print(max(x % 5 for x in xs), min(-x for x in xs), max((x for x in []), default="empty"))
print(sorted(x for x in xs if x > 2), sorted((x for x in xs), reverse=True))
print(list(x for x in "abc"), tuple(x * 2 for x in range(3)), dict((k, len(k)) for k in ["a", "bb"]))
print(", ".join(str(x) for x in xs))
seen = []
def check(x):
    seen.append(x)
    return x > 3
print(any(check(x) for x in xs), seen)
seen.clear()
print(all(check(x) for x in [5, 6, 1, 7]), seen)
g = (x * 10 for x in range(3))
print(next(g), next(g), list(g), list(g))
pairs = sum(1 for a in range(4) for b in range(4) if a < b)
print(pairs)
print(min((len(w), w) for w in ["pear", "fig", "banana", "kiwi"]))
print(sum(x for x in range(10) if x % 2 == 0))
