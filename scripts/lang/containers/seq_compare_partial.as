# Ordering lists and tuples whose items are only partially ordered (NaN, sets) or compare
# in their own way: the first pair of items that are not == decides, by applying the
# operator itself to that pair; == and != only ask the items for equality.
nan = float("nan")

print("tuples with NaN")
print((1,) > (nan,), (1,) < (nan,), (1,) >= (nan,), (1,) <= (nan,))
print((nan,) == (nan,), (nan, 1) < (nan, 2))  # the same NaN object is equal to itself
print((float("nan"),) == (float("nan"),), (float("nan"),) != (float("nan"),))
print((1, nan) > (1, 0), (1, nan) < (1, 0), (0, nan) < (1, 0))
print(((1,),) > ((nan,),), ((1, 2), 3) > ((1, nan), 3))

print("lists with NaN")
print([1] > [nan], [1] < [nan], [[1]] >= [[nan]], [(1,)] <= [(nan,)])
print([1, 2] < [1, 2, 3], [1, 2, 3] > [1, 2], [] < [nan], [nan] > [])

print("sets inside sequences")
print(({1},) < ({2},), ({1},) > ({2},), [{1}] <= [{2}], [{1}] < [{1, 2}])
print(({1}, 5) < ({1}, 6), [{1, 2}] > [{1}])

print("sorting, min and max")
pairs = [(nan, 1), (1, 2), (0, 3), (nan, 0), (2, 1), (-1, 5)]
print(sorted(pairs))
print(sorted(pairs, reverse=True))
print(sorted([[3, nan], [1, 2], [3, 1], [nan], [0]]))
print(max([(1,), (nan,), (0,)]), min([(1,), (nan,), (0,)]))
print(max([(nan,), (1,), (0,)]), min([(nan,), (1,), (0,)]))
print(max([[2], [nan], [3]]), min([[2], [nan], [1]]))
print(sorted([({2},), ({1},), ({1, 2},)]))


class Loud:
    """Logs every comparison; __lt__ and __gt__ return strings, and there is no __le__."""

    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name} == {other.name}")
        return self.name == other.name

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}")
        return f"lt:{self.name}{other.name}"

    def __gt__(self, other):
        print(f"  {self.name} > {other.name}")
        return f"gt:{self.name}{other.name}"

    __hash__ = None

    def __repr__(self):
        return self.name


a, b, c = Loud("a"), Loud("b"), Loud("c")
print("custom items")
print((a, b) < (a, c))
print([a, b] > [a, c])
print((a,) < (Loud("a"),))
print((a, b) == (Loud("a"), c), (a, b) != (Loud("a"), c))
try:
    print((a,) <= (b,))
except TypeError as e:
    print("TypeError:", e)
print("tuple == compares the common items even when the lengths differ")
print((a, b) == (Loud("x"),))
print("list == does not")
print([a, b] == [Loud("x")])
print(sorted([(b,), (a,)]))
print(tuple.__lt__((1,), (nan,)), list.__gt__([1], [nan]), tuple.__ge__((a,), (a,)))


class Pt(tuple):
    pass


print(Pt((1,)) > (nan,), (1,) < Pt((nan,)), Pt((1, 2)) < Pt((1, 3)))
