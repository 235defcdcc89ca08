# Checks: `in` / `not in` on lists, tuples, strings, dicts (keys), sets, ranges, and a custom
# class without __contains__ falling back to iteration.
lst = [1, "two", 3.0, None, [4]]
print(1 in lst, "two" in lst, 3 in lst, None in lst, [4] in lst, 4 in lst, "2" not in lst)
print(2 in (1, 2), (1, 2) in [(1, 2)], () in ((),))
print("ell" in "hello", "" in "abc", "abc" in "ab", "H" in "hello")
d = {"k": "v", 1: 2}
print("k" in d, "v" in d, 1 in d, 2 in d, "v" in d.values(), ("k", "v") in d.items())
s = {1, 2, 3}
print(2 in s, 4 not in s, 2.0 in s, True in s)
r = range(0, 100, 5)
print(15 in r, 16 in r, 100 in r, -5 in r)
print(not 1 in [2], not (1 in [2]), 1 not in [2])
class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
b = Bag([1, 2, 3])
print(2 in b, 9 in b)
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    [1] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
