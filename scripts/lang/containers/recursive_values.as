# Values that contain themselves or nest deeply: exceptions holding them, repr, str and
# comparison that recurse too deep, hashing of long nested tuples, and the limit on the
# digits of an int converted to str.
a = []
a.append(a)
print(str(KeyError(a)), repr(ValueError(a)), ValueError(a, a).args)
try:
    raise KeyError(a)
except KeyError as e:
    print("KeyError", e)

e = ValueError()
e.args = (e,)
for f in [str, repr]:
    try:
        f(e)
    except RecursionError as r:
        print(f.__name__, "RecursionError:", r)

deep = []
for i in range(5000):
    deep = [deep]
for f in [repr, str]:
    try:
        f(deep)
    except RecursionError as r:
        print(f.__name__, "RecursionError:", r)
other = []
for i in range(5000):
    other = [other]
try:
    print(deep == other)
except RecursionError as r:
    print("== RecursionError:", r)

d = {}
for i in range(5000):
    d = {"k": d}
try:
    repr(d)
except RecursionError as r:
    print("dict repr RecursionError:", r)

cons = ()
for i in range(100000):
    cons = (i, cons)
print(hash(cons) == hash(cons), len({cons: 1}))


class Loud:
    def __repr__(self):
        return "Loud()"


print(str(KeyError(Loud())), ValueError(Loud()), repr(TypeError([Loud()])))

big = 10 ** 5000
try:
    str(big)
except ValueError as v:
    print(v)
print(len(str(10 ** 4299)), big % 7)
