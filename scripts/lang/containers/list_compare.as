# Checks: list equality and lexicographic ordering, nested lists, lists vs tuples.
print([1, 2, 3] == [1, 2, 3], [1, 2] == [2, 1], [] == [], [1] != [1.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3])
print([1, 2] == (1, 2), (1, 2) == (1, 2))
print(["a", "b"] < ["a", "c"], ["b"] > ["a", "z"])
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
print([1, "a"] == [1, "a"], [1, "a"] < [2, "a"])
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
x = [nan]
print(x == x, [nan] == [nan], nan == nan)
