# Prime sieve generator, chunking with iter(callable, sentinel), composition, memoized edit distance, iterator tools.
import itertools, functools, operator
from collections import deque
def primes():
    yield 2
    composites = {}
    for n in itertools.count(3, 2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + 2 * p, []).append(p)
print(list(itertools.islice(primes(), 15)))
def chunked(it, n):
    it = iter(it)
    return iter(lambda: list(itertools.islice(it, n)), [])
print(list(chunked(range(7), 3)))
def sliding(iterable, n):
    d = deque(maxlen=n)
    for x in iterable:
        d.append(x)
        if len(d) == n:
            yield tuple(d)
print(list(sliding("abcde", 3)))
def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
inc_then_double = compose(lambda x: x + 1, lambda x: x * 2, str)
print(inc_then_double(3), repr(inc_then_double(0)))
def memo(f):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    w.cache = cache
    return w
@memo
def edit_distance(a, b):
    if not a: return len(b)
    if not b: return len(a)
    if a[0] == b[0]: return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))
print(edit_distance("kitten", "sitting"), len(edit_distance.cache))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix[::-1])], sum(matrix, []), list(itertools.chain(*matrix))[::4])
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), list(itertools.starmap(operator.mul, zip([1, 2], [3, 4]))))
print(sorted("hello world".split(), key=len, reverse=True), sorted([3, 1, 2], key=lambda x: (x % 2, x)))
gen = (i for i in range(3))
print(list(gen), list(gen))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, (3, [4])], 5])))
perms = ["".join(p) for p in itertools.permutations("abc")]
print(perms, list(itertools.product(*[[0, 1]] * 3))[-2:])
groups = {k: [x for x in g] for k, g in itertools.groupby(sorted(["apple", "bob", "ant", "bee", "cat"]), key=operator.itemgetter(0))}
print(groups)
acc = list(itertools.accumulate([3, 1, 4, 1, 5], max))
print(acc, list(itertools.takewhile(lambda x: x < 4, acc)), next(itertools.dropwhile(lambda x: x < 4, acc)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
print(list(map(str.upper, ["a", "b"])), list(filter(None, [0, 1, "", "x", None])), list(zip(range(3), "ab")))
print(*enumerate(["x", "y"]), sep=" | ")
print(min(range(10), key=lambda x: (x - 4.4) ** 2), max({"a": 3, "b": 5}.items(), key=operator.itemgetter(1)))
print(all(x < 10 for x in range(10)), any(isinstance(x, str) for x in [1, "a"]), sum(x for x in range(5) if x % 2))
