# _collections._tuplegetter, a namedtuple field: a read-only data descriptor with a writable __doc__.
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(type(P.x), P.x.__doc__, P.x.__class__.__module__)
r = repr(P.x); print(r[:32])
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    del p.x
except AttributeError as e:
    print(e)
print(P.x.__get__(p), P.x.__get__(None, P) is P.x)
try:
    P.x.__get__(5)
except TypeError as e:
    print(e)
try:
    P.x.__get__((1,))
except IndexError as e:
    print(e)
P.x.__doc__ = "new"
print(P.x.__doc__, P.x.__reduce__())
import _collections
g = _collections._tuplegetter(1, "d")
print(g.__get__((5, 6)), g.__doc__)
try:
    _collections._tuplegetter("a", "d")
except TypeError as e:
    print(e)
class Q(tuple):
    first = _collections._tuplegetter(0, "the first")
print(Q((7, 8)).first)
