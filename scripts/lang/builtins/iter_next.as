# Checks: iter() and next() on lists, tuples, strings, dicts, sets of ints, ranges; iterators
# are their own iterators; next default; independent iterators over the same list.
lst = [10, 20, 30]
a = iter(lst)
b = iter(lst)
print(next(a), next(a), next(b))
print(list(a), list(b))
print(next(a, "exhausted"), next(iter(()), "empty tuple"))
s = iter("hi")
print(next(s), next(s), next(s, None))
d = iter({"k1": 1, "k2": 2})
print(next(d), next(d))
print(list(iter({3, 1, 2})), list(iter(range(2, 5))))
it = iter([1, 2])
print(iter(it) is it)
lst2 = [1, 2, 3]
it2 = iter(lst2)
lst2.append(4)
print(list(it2))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration:", repr(e))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next("abc")
except TypeError as e:
    print("TypeError:", e)
