# A debugging helper that describes the iterator objects a pipeline is built from: their
# types, reprs and the errors a wrong call gets, as CPython's itertools shows them.
import itertools
from itertools import *


def describe(obj):
    text = repr(obj)
    if " at 0x" in text:
        text = text.split(" at 0x")[0] + ">"
    cls = type(obj)
    return f"{cls.__module__}.{cls.__name__}: {text}"


data = [3, 1, 4, 1, 5, 9, 2, 6]
grouped = groupby(sorted(data), key=lambda x: x % 3)
key, group = next(grouped)
readers = tee(data, 3)
made = [
    count(), count(10, 2), count(1.5), count(2 ** 70), repeat("tick"), repeat("tock", 2),
    cycle(data), accumulate(data), chain(data, data), chain.from_iterable([data]),
    compress(data, [1, 0]), dropwhile(bool, data), filterfalse(None, data), grouped, group,
    islice(data, 3), pairwise(data), starmap(pow, []), takewhile(bool, data), readers[0],
    zip_longest(data, data), product(data), permutations(data), combinations(data, 2),
    combinations_with_replacement(data, 2),
]
for obj in made:
    print(describe(obj), iter(obj) is obj, hasattr(obj, "__next__"))
print(type(readers), len(readers), len(tee(data, 0)), type(tee).__name__)

for name in ["chain", "count", "groupby", "_grouper", "_tee", "islice", "product"]:
    cls = getattr(itertools, name)
    print(name, cls, cls.__name__, cls.__qualname__, cls.__module__)

print(isinstance(chain(), chain), isinstance(chain.from_iterable([]), chain))
print(isinstance(islice(data, 2), itertools.islice), isinstance(iter(data), chain))
print(isinstance(group, itertools._grouper), isinstance(readers[1], itertools._tee))
print(issubclass(itertools.count, object), type(count()) is count)

# Counters keep their state in the repr.
c = count(5)
next(c), next(c)
print(c, count(0, -1), count(1, 1.0), count(step=3))
big = count(2 ** 63 - 2)
print([next(big) for _ in range(3)], big)
r = repeat([1], 3)
next(r)
print(r, r.__length_hint__(), repeat(None, -4), list(r), r)

# A reader copied from a tee shares its buffer; a group is dead once the groupby moves on.
first, second = tee(iter(range(5)))
third = first.__copy__()
print(next(first), next(first), next(third), list(second), list(third))
g = groupby("aabbc")
_, ga = next(g)
_, gb = next(g)
print(list(ga), list(gb), [(k, list(v)) for k, v in g])


class Numbered(itertools.count):
    """A subclass keeps count's behaviour and shows its own name."""


class Logged(chain):
    def __next__(self):
        item = super().__next__()
        print("  yielding", item)
        return item


n = Numbered(7)
print(n, next(n), n, isinstance(n, count))
print(list(Logged("ab", [1])), type(Logged.from_iterable([])).__name__)
for base in (itertools._grouper, itertools._tee):
    try:
        class Bad(base):
            pass
    except TypeError as e:
        print("TypeError", e)

calls = [
    "count(1, 2, 3)", "count('a')", "count(x=1)", "cycle()", "cycle(1)", "cycle([], x=1)",
    "repeat()", "repeat(1, 2, 3)", "repeat(1, 'a')", "len(repeat(1, 3))",
    "repeat(1).__length_hint__()", "accumulate()", "accumulate([1], None, None)",
    "accumulate([1], initial=3, x=1)", "chain(x=1)", "chain.from_iterable()",
    "list(chain(1))", "chain.from_iterable(1)", "compress([1])", "compress(1, [1])",
    "dropwhile(None)", "list(dropwhile(None, [1]))", "takewhile(None, [], x=1)",
    "filterfalse(None, 1)", "list(starmap(pow, [1]))", "groupby()", "groupby([1], None, 1)",
    "islice()", "islice([1])", "islice([1], 1, 2, 3, 4)", "islice([1], stop=2)",
    "islice([1], -1)", "islice([1], -2)", "islice([1], 'a')", "islice([1], 2 ** 70)",
    "islice([1], -1, 2)", "islice([1], 2 ** 70, 3)", "islice([1], 1, -1)",
    "islice([1], 0, 2, 0)", "islice([1], 0, 2, 'a')", "islice(1, 2)", "pairwise()",
    "pairwise(iterable=[1])", "tee()", "tee(1)", "tee([1], -1)", "tee([1], 'a')",
    "tee([1], n=2)", "tee([1], 2, 3)", "zip_longest(1)", "zip_longest([1], x=1)",
    "zip_longest([1], fillvalue=1, x=2)", "product(1)", "product([1], repeat=-1)",
    "product([1], repeat='a')", "product([1], x=1)", "product([1], repeat=1, x=1)",
    "permutations()", "permutations([1], -1)", "permutations([1], 'a')",
    "permutations([1], 2, 3)", "combinations([1])", "combinations([1], -1)",
    "combinations([1], None)", "combinations_with_replacement([1], 'a')",
    "next(count('a', 'b'))", "count().__next__(1)", "chain.__next__(1)",
    "chain()[0]", "count() + 1",
]
for src in calls:
    try:
        result = eval(src)
    except (TypeError, ValueError) as e:
        print(f"{src} -> {type(e).__name__}: {e}")
    else:
        print(f"{src} -> {describe(result)}")
