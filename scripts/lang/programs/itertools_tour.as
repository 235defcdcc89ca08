# itertools: accumulate, chain, combinations, groupby, islice, pairwise, product, tee, zip_longest, batching.
import itertools as it
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count,
                       cycle, dropwhile, filterfalse, groupby, islice, pairwise, permutations, product,
                       repeat, starmap, takewhile, tee, zip_longest)
import operator

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 3))))
print(list(combinations_with_replacement("ab", 2)), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(islice(count(10, 5), 4)), list(islice(cycle("xyz"), 7)), list(islice(count(), 2, 10, 3)))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"], key=lambda s: s[0])
for key, group in groupby(data, key=lambda s: s[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabbcddddd")])
print(list(pairwise([1, 2, 4, 7])), list(permutations([1, 2, 3], 2))[:4])
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")))
print(list(repeat("z", 3)), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(zip_longest("abc", [1], fillvalue="-")))
def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(islice(iterator, n)):
        yield batch
print(list(batched(range(10), 3)))
def flatten(lol):
    return list(chain.from_iterable(lol))
print(flatten([[1, 2], [3], [], [4, 5, 6]]))
counter = count(1)
ids = {name: next(counter) for name in ["x", "y", "z"]}
print(ids, next(counter))
print(sum(1 for _ in combinations(range(6), 3)), list(it.accumulate("abc")))
print(repr(count(3)), repr(repeat(1, 2)))
