# Checks: min/max with several args, one iterable, key=, default=, ties (first wins), strings,
# and errors for empty input.
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min((4, -1, 8)))
print(max("hello"), min("hello"), max(["apple", "fig", "banana"]), min("b", "a", "c"))
print(max([1, 2], [1, 3]), max(1, 2.5, 2), min(True, 0.5))
words = ["aa", "b", "cc", "d", "eee"]
print(max(words, key=len), min(words, key=len), max(*words, key=len))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max({"x": 3, "y": 1, "z": 2}), max({"x": 3, "y": 1, "z": 2}.items(), key=lambda kv: kv[1]))
print(max([(1, "b"), (1, "a")]), min([-3, 3], key=abs), max([-3, 3], key=abs))
print(max(range(10), key=lambda n: n % 4), min(x * x for x in [-2, 3]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
