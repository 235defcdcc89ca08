# What a generic alias is: its origin and arguments, its repr, comparisons, calling it,
# substituting type variables, subclassing through it, and a class of our own that
# returns one from __class_getitem__.
import types
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], list[()], set[frozenset[str]],
           type[int], list[None], dict[str, "Item"], list[[int, str]], tuple[int, str] | None]
for a in aliases:
    print(repr(a), type(a).__name__)

ga = dict[str, list[int]]
print(ga.__origin__, ga.__args__, ga.__parameters__, type(ga) is types.GenericAlias)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(len({list[int], list[int], list[str]}), {tuple[int, ...]: "variadic"}[tuple[int, ...]])
print(list[int]("abc"), dict[str, int](a=1), tuple[int, ...]([1, 2]), frozenset[int]({3}))
print(list[int].__name__, list[int].__module__, list[int].append is list.append)

Table = dict[K, list[V]]
print(Table, Table.__parameters__, Table[str, int], Table[str, int].__parameters__)
Pair = tuple[K, K]
print(Pair.__parameters__, Pair[float])


class Row(list[int]):
    def total(self):
        return sum(self)


r = Row([1, 2, 3])
print(Row.__mro__, Row.__orig_bases__, r.total())


class Registry:
    def __init__(self):
        self.entries = []

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)


StrRegistry = Registry[str]
reg = StrRegistry()
print(StrRegistry, StrRegistry.__origin__ is Registry, type(reg).__name__, reg.__orig_class__)
print(types.GenericAlias(list, (int, str)), types.GenericAlias(dict, str))


class MyList(list):
    pass


print(MyList[int], MyList[int]([1]))
