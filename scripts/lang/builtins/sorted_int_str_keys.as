# sorted() and list.sort() by int and str keys, which sort by (key, position): ties keep their
# input order ascending and descending, as CPython's merge sort leaves them.
import random
rng = random.Random(7)
recs = [(rng.randrange(10), rng.choice("abcde"), i) for i in range(300)]
print(sorted(recs, key=lambda r: r[0])[:12])
print(sorted(recs, key=lambda r: r[0], reverse=True)[:12])
print(sorted(recs, key=lambda r: r[1])[:12])
print(sorted(recs, key=lambda r: r[1], reverse=True)[:12])
ints = [rng.randrange(-10**6, 10**6) for _ in range(2000)]
print(sorted(ints)[:5], sorted(ints, reverse=True)[:5], sorted(ints) == sorted(ints, key=lambda x: x))
wide = [2**62, -2**62, 0, 5, -5, 2**63 - 1, -2**63]
print(sorted(wide), sorted(wide, reverse=True))
print(sorted([3, True, 2, False, 1]), sorted([1, 2**70, -2**70, 3]), sorted([2, 1.5, 1]))
words = ["pear", "Apple", "éclair", "apple", "zebra", "Zulu", "ångström", "a", "", "pear"]
print(sorted(words), sorted(words, reverse=True), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower))
l = [5, 3, 5, 1]; l.sort(); print(l)
l = ["b", "a", "b"]; l.sort(reverse=True); print(l)
pairs = [(k % 3, k) for k in range(10)]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: -p[0], reverse=True))
print(sorted(range(10), key=lambda x: x % 3, reverse=True))
print(sorted([1]), sorted([]), sorted([2, 1], key=lambda x: x))
print(sorted(["\U0001f600", "\uffff", "z", "\u00e9"]))
d = {"b": 2, "a": 2, "c": 1}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
big = list(range(100000, 0, -1))
print(sorted(big)[:3], sorted(big, key=lambda x: x % 1000)[:3])
scores = [(rng.choice([0.5, -0.0, 0.0, 2.25, -1.5]), i) for i in range(40)]
print(sorted(scores, key=lambda s: s[0])[:10], sorted(scores, key=lambda s: s[0], reverse=True)[:10])
print(sorted([float("nan"), 1.0, 0.5, float("nan"), -2.0]), sorted([1.0, float("inf"), -float("inf"), 0.0]))
