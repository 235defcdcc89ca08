# dir() of built-in values lists their special methods, as CPython's does. The names this
# interpreter does not provide (the docstrings, pickling and size hooks) are left out here.
UNPROVIDED = {"__doc__", "__dir__", "__sizeof__", "__reduce__", "__reduce_ex__", "__getstate__",
              "__setstate__", "__getformat__", "__alloc__"}
values = [3, 2.5, True, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
          iter([1]), iter((1,)), iter(range(2)), iter("ab"), iter({1}), iter({1: 2}), None, object()]
for v in values:
    names = dir(v)
    print(type(v).__name__, names == sorted(names), [n for n in names if n.startswith("__") and n not in UNPROVIDED])
print([n for n in dir(int) if n.startswith("__") and n not in UNPROVIDED] == [n for n in dir(3) if n.startswith("__") and n not in UNPROVIDED])
print(all(hasattr(v, n) for v in values for n in dir(v) if n not in UNPROVIDED))
import typing
print(isinstance(3, typing.SupportsInt), isinstance(3.0, typing.SupportsFloat), isinstance([], typing.Sized))
print(isinstance(3, typing.SupportsAbs), isinstance(2.5, typing.SupportsRound), isinstance("", typing.SupportsInt))
from collections.abc import Hashable, Iterable, Sized, Iterator, Container, Reversible
class A: pass
class B:
    def __eq__(s, o): return True
print([isinstance(v, Hashable) for v in (object(), A(), B(), 1, [], None, (1,), {})])
print([isinstance(v, Iterable) for v in (1, [], "", A(), iter([]), range(2))], [isinstance(v, Iterator) for v in (iter([]), [], enumerate([]))])
print(sorted(k for k in vars(int) if k.startswith("__"))[:5], "__len__" in list.__dict__, list.__dict__["__hash__"])
print(int.__dict__["__add__"] if False else "", "__add__" in int.__dict__, "__len__" in list.__dict__)
