# list.sort stopped by an error: a failing __lt__ leaves the list as far as the sort got
# (reverse undone), a failing key leaves it untouched, and a list modified during the sort
# still ends up sorted before the ValueError.
l = [3, 1, 2]
def k(x):
    l.append(0)
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print(e)
print(l)
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 5 or o.v == 5: raise ValueError("no")
        return s.v < o.v
    def __repr__(s): return str(s.v)
for rev in (False, True):
    l = [K(i) for i in [9, 3, 7, 1, 5, 2, 8, 0, 6, 4]]
    try:
        l.sort(reverse=rev)
    except ValueError as e:
        print(e)
    print(l)
    l = [K(i) for i in [9, 3, 7, 1, 5, 2, 8, 0, 6, 4]]
    try:
        l.sort(reverse=rev, key=lambda k: k)
    except ValueError as e:
        print(e)
    print(l)
import random
random.seed(5)
vals = list(range(200))
random.shuffle(vals)
for bad in (17, 150, 199):
    class B:
        def __init__(s, v): s.v = v
        def __lt__(s, o):
            if s.v == bad and o.v < 20: raise ValueError("bad")
            return s.v < o.v
    l = [B(v) for v in vals]
    try:
        l.sort()
    except ValueError:
        pass
    print([b.v for b in l])
def badkey(x):
    if x == 7: raise KeyError(x)
    return -x
l = [9, 3, 7, 1]
try:
    l.sort(key=badkey)
except KeyError as e:
    print("KeyError", e)
print(l)
