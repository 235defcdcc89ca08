import collections.abc
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Hashable, Callable, Sized,
                             Container, Generator, Collection, Reversible)


def gen():
    yield 1


samples = {"int": 1, "str": "s", "list": [1], "tuple": (1,), "dict": {}, "set": set(),
           "frozenset": frozenset(), "range": range(2), "gen": gen(), "iter": iter([]),
           "func": len, "none": None}
abcs = [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Set,
        MutableSet, Hashable, Callable, Sized, Container, Generator, Collection, Reversible]
for abc in abcs:
    names = [n for n, v in samples.items() if isinstance(v, abc)]
    print(f"{abc.__name__:16} {' '.join(names)}")
print(collections.abc.Mapping, issubclass(dict, MutableMapping), issubclass(list, Mapping))
