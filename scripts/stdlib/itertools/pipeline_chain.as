from itertools import chain, islice, count, cycle, accumulate, takewhile, dropwhile, filterfalse, starmap, pairwise, zip_longest, compress, repeat, tee
import operator

batches = [[1, 2], [3], [], [4, 5, 6]]
print(list(chain(*batches)), list(chain.from_iterable(batches)))
print(list(islice(count(10, 5), 4)), list(islice(cycle("ab"), 5)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(filterfalse(None, [0, 1, "", "a"])), list(starmap(operator.pow, [(2, 3), (3, 2)])))
print(list(pairwise("abcd")), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(repeat("x", 3)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), count(2), repeat(1, 2))
try:
    islice([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
