from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 1}), ((1, 2), {"w": 0}), ((), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
for spec in ["a b a", "a _b", "a def", "9a b", "a-b"]:
    try:
        namedtuple("T", spec)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=3)
except ValueError as e:
    print(type(e).__name__, e)
print(namedtuple("T", "a def _c a", rename=True)._fields)
