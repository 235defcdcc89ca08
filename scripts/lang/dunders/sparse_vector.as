# A sparse vector: a container with __len__, __getitem__/__setitem__/__delitem__ taking
# ints and slices, __contains__, __iter__, __reversed__ and __length_hint__; then the
# fallbacks CPython uses when some of them are missing, and the opt-outs with None.
import operator


class SparseVector:
    def __init__(self, size, items=None):
        self.size = size
        self.data = dict(items or {})

    def _index(self, i):
        i = operator.index(i)
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("sparse index out of range")
        return i

    def __len__(self):
        return self.size

    def __getitem__(self, key):
        if isinstance(key, slice):
            idx = range(*key.indices(self.size))
            return SparseVector(len(idx), {n: self.data[i] for n, i in enumerate(idx) if i in self.data})
        return self.data.get(self._index(key), 0)

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            for i, v in zip(range(*key.indices(self.size)), value):
                self[i] = v
            return
        i = self._index(key)
        if value:
            self.data[i] = value
        else:
            self.data.pop(i, None)

    def __delitem__(self, key):
        idx = range(*key.indices(self.size)) if isinstance(key, slice) else [self._index(key)]
        for i in idx:
            self.data.pop(i, None)

    def __contains__(self, value):
        print(f"  (__contains__ {value!r})")
        return value in self.data.values() or (value == 0 and len(self.data) < self.size)

    def __iter__(self):
        return (self.data.get(i, 0) for i in range(self.size))

    def __reversed__(self):
        return (self.data.get(i, 0) for i in range(self.size - 1, -1, -1))

    def __repr__(self):
        return f"SparseVector({self.size}, {dict(sorted(self.data.items()))})"


v = SparseVector(8, {1: 5, 6: 2})
v[3] = 7
v[-1] = 9
print(v, len(v), v[1], v[-2], v[0])
print(v[1:7], v[::3], v[::-1])
v[0:3] = [4, 0, 4]
del v[6:]
print(v, list(v), list(reversed(v)), sum(v), max(v))
print(7 in v, 0 in v, 8 not in v, list(enumerate(v))[:3])
print(operator.length_hint(v), operator.length_hint(iter(v), 99))
a, b, *rest = v
print(a, b, rest, [*v][:2], dict(zip("abc", v)))
try:
    v[8]
except IndexError as e:
    print("IndexError:", e)
try:
    v["x"]
except TypeError as e:
    print("TypeError:", e)


class Sequence:
    """Only __getitem__: iteration and `in` go through indexes 0, 1, 2, ..."""

    def __getitem__(self, i):
        print(f"  (getitem {i})")
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Sequence()), 10 in Sequence(), 15 in Sequence())
try:
    reversed(Sequence())
except TypeError as e:
    print("TypeError:", e)


class Sized(Sequence):
    def __len__(self):
        return 3


print(list(reversed(Sized())))


class Hinted:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))

    def __length_hint__(self):
        return self.n


print(operator.length_hint(Hinted(4)), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 5))


class BadHint:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


for hint in (-1, "many", NotImplemented):
    try:
        print(operator.length_hint(BadHint(hint), 7))
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")


class NotIterable(Sequence):
    __iter__ = None


class NotContainer:
    __contains__ = None


class NotReversible(Sized):
    __reversed__ = None


for label, fn in [("iter", lambda: iter(NotIterable())), ("in", lambda: 1 in NotIterable()),
                  ("contains", lambda: 1 in NotContainer()), ("reversed", lambda: reversed(NotReversible()))]:
    try:
        fn()
    except TypeError as e:
        print(f"{label}: TypeError: {e}")


class BadLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (-1, "3", 2.0, 2 ** 70, Hinted(1)):
    try:
        print(len(BadLen(n)), bool(BadLen(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(f"len {type(n).__name__}: {type(e).__name__}: {e}")


class LenViaIndex:
    def __len__(self):
        return Row()


class Row:
    def __index__(self):
        return 4


print(len(LenViaIndex()), bool(LenViaIndex()))


class Defaults(dict):
    def __missing__(self, key):
        print(f"  (missing {key!r})")
        self[key] = value = len(key)
        return value


d = Defaults(a=1)
print(d["a"], d["hello"], d["hello"], d.get("zz"), "zz" in d, d)
