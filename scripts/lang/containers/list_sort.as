# Checks: list.sort and sorted — key functions, reverse, stability (equal keys keep their
# order, also with reverse=True), sorting tuples, sort returns None, errors on mixed types.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "fig", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=str.lower, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: -p[1]))
print(sorted([3.5, 1, 2.25, -1, True]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 5], [1, 2, 3], [1]]))
r = nums.sort()
print(r)
records = [{"n": "x", "age": 30}, {"n": "y", "age": 25}, {"n": "z", "age": 30}]
records.sort(key=lambda r: r["age"])
print([r["n"] for r in records])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
