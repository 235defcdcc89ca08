# Benchmark: itertools in the hot loops real programs write — islice over count, a product of
# three ranges, groupby over a sorted list, chain, accumulate, zip_longest and combinations;
# prints checksums.
from itertools import (accumulate, chain, combinations, count, groupby, islice, product,
                       zip_longest)

print(sum(1 for _ in islice(count(), 10**6)))
print(len(list(product(range(30), repeat=3))))
data = sorted(i % 997 for i in range(10**5))
print(sum(len(list(g)) * k for k, g in groupby(data)))
print(sum(chain.from_iterable([range(1000)] * 300)))
print(list(accumulate(range(200000)))[-1])
print(sum(a + b for a, b in zip_longest(range(100000), range(50000), fillvalue=1)))
print(sum(1 for _ in combinations(range(60), 3)))
