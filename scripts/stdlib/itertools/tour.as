import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 3)))
print(list(it.permutations([1, 2, 3], 2)), len(list(it.permutations(range(5)))))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
for k, g in it.groupby(sorted("mississippi")):
    print(k, list(g), end="; ")
print()
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4)]
print([(k, [v for _, v in g]) for k, g in it.groupby(data, key=operator.itemgetter(0))])
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice(range(10), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(map(pow, range(4), it.repeat(2))))
print(list(it.starmap(operator.add, [(1, 2), (3, 4)])), list(it.zip_longest("abc", [1], fillvalue="-")))
a, b = it.tee([1, 2, 3]); print(list(a), list(b))
print(list(it.pairwise("abcd")), list(it.count(1.5, 0.5))[:0] if False else next(it.count(2.5, 0.5)))
print(it.count(3), repr(it.count(1, 2)), it.repeat(1, 2), it.count(0.5))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("ValueError:", e)
try:
    it.combinations("abc")
except TypeError as e:
    print("TypeError:", e)
g = it.groupby([1, 1, 2])
k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(list(it.product()), list(it.combinations(range(3), 5)), list(it.permutations([])))
print(sum(1 for _ in it.combinations(range(10), 3)))
