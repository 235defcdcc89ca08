s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("set", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("set discard", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x); 
    print("set same ok")
except RuntimeError as e:
    print("set same", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print("dict", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 1
except RuntimeError as e:
    print("dict keys", e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print("items", e)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("values", e)
d = {1: 1, 2: 2}
try:
    for k in reversed(d):
        d[k+5] = 0
except RuntimeError as e:
    print("reversed", e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = 5
print("update values ok", d)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x); s.add(x + 100)
except RuntimeError as e:
    print("set same size", e)
print(sorted(s))
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(9)
try:
    next(it)
except RuntimeError as e:
    print("set next", e)
try:
    next(it)
except StopIteration:
    print("stop after")
except RuntimeError as e:
    print("again", e)
for op in ["update", "difference_update", "symmetric_difference_update", "intersection_update"]:
    s = {1, 2, 3}
    getattr(s, op)(s)
    print(op, sorted(s))
s = {1, 2, 3}
s -= s; print(s)
s = {1, 2, 3}
s ^= s; print(s)
s = {1, 2, 3}
s |= s; print(s)
s = {1, 2, 3}
s &= s; print(s)
d = {1: 2}
d.update(d); print(d)
d |= d; print(d)
print(list(iter({5, 6})), type(iter({1})).__name__, type(iter({1:2})).__name__)
l = [1, 2]
print(set(l) == {1, 2}, frozenset({1}) in {frozenset({1})})
