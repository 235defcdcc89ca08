# Checks: set and dict comprehensions side by side with list comprehensions and generator
# expressions producing the same values.
words = ["apple", "bob", "kayak", "level", "python", "noon", "apple"]
palins = {w for w in words if w == w[::-1]}
print(sorted(palins), len(palins))
first_letters = {w[0]: w for w in words}
print(first_letters)
lens = {len(w) for w in words}
print(lens)
index = {w: i for i, w in enumerate(words)}
print(index)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, {w: c for w, c in counts.items() if c > 1})
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 7)})
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({x % 4 for x in range(100)}), tuple(x for x in "ab"))
