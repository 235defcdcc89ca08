# Building a report pipeline from lazy iterators.
from itertools import *
import itertools
print(count(5), count(2, 3), repeat(1, 3), repeat('x'), list(repeat(1, 3)))
print(list(islice(count(), 2, 10, 3)), list(islice(cycle('ab'), 5)), list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(chain('ab', [1])), list(chain.from_iterable(['xy', 'z'])), list(compress('abcd', [1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 3, [1, 4, 2])), list(takewhile(lambda x: x < 3, [1, 2, 4, 1])), list(filterfalse(None, [0, 1, '', 2])))
print([(k, list(g)) for k, g in groupby('aaabccaa')], [k for k, g in groupby([1, 1, 2, 3, 3])])
print(list(pairwise('abcd')), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee([1, 2, 3]); print(next(a), list(b), list(a))
print(list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(product('ab', repeat=2)), list(product([1, 2], 'x')))
print(list(permutations('abc', 2)), list(combinations(range(4), 2)), list(combinations_with_replacement('ab', 3)))
g = groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], key=len), key=len)
for k, grp in g: print(k, list(grp))
try: islice([1], -1)
except ValueError as e: print(e)
