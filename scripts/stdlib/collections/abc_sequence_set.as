from collections.abc import Sequence, MutableSet, Set


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("out of range")
        return i * i


class TagSet(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)


sq = Squares(5)
print(list(sq), 9 in sq, 10 in sq, sq.index(16), sq.count(4), list(reversed(sq)))
try:
    sq.index(7)
except ValueError as e:
    print(type(e).__name__, repr(e))
a = TagSet("abc")
b = TagSet("bcd")
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= TagSet("abcd"))
a -= TagSet("a")
a |= {"z"}
print(sorted(a), a.isdisjoint({"q"}), isinstance(a, Set))
a.remove("z")
try:
    a.remove("z")
except KeyError as e:
    print(type(e).__name__, e)
