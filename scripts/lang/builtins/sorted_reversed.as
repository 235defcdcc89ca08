# Checks: sorted() on any iterable with key/reverse; reversed() on lists, strings, tuples,
# ranges and dicts; reversed() returns a one-shot iterator.
print(sorted([3, 1, 2]), sorted("cba"), sorted((5, 4)), sorted({2: 0, 1: 0}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted([-3, 1, -2], key=abs), sorted([-3, 1, -2], key=abs, reverse=True))
print(sorted([]), sorted([1]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(5))), list(reversed({"a": 1, "b": 2})))
print("".join(reversed("stressed")))
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
