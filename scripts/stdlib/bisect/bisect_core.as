# bisect over lists and other sequences: lo and hi, key=, the comparisons made (only <, x
# on the left for the _right functions and on the right for the _left ones), and CPython's
# errors.
import bisect

a = [1, 2, 4, 4, 4, 8, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
for lo, hi in [(0, None), (2, 5), (3, 3), (5, 2), (0, -1), (1, -5), (6, 7), (0, 0), (True, 6)]:
    print(lo, hi, bisect.bisect_left(a, 4, lo, hi), bisect.bisect_right(a, 4, lo=lo, hi=hi))
print(bisect.bisect_right(a=a, x=4), bisect.bisect_left(x=4, a=a, hi=4))
print(bisect.bisect([], 1), bisect.bisect_left([], 1, 3), bisect.bisect_right([1], 1, 0, None, key=None))

log = []


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(f"{self.v}<{other.v}")
        return self.v < other.v

    def __repr__(self):
        return f"C{self.v}"


cs = [C(v) for v in range(0, 20, 2)]
for fn in [bisect.bisect_left, bisect.bisect_right]:
    for x in [-1, 6, 7, 30]:
        print(fn.__name__, x, fn(cs, C(x)), " ".join(log))
        log.clear()

# key= is applied to the items, not to x (bisect) but to x too (insort).
recs = [("ann", 31), ("bob", 25), ("cyd", 40)]
recs.sort(key=lambda r: r[1])
ages = lambda r: r[1]
print(bisect.bisect_left(recs, 31, key=ages), bisect.bisect_right(recs, 31, key=ages), bisect.bisect(recs, 99, key=ages))
bisect.insort(recs, ("dee", 31), key=ages)
bisect.insort_left(recs, ("eve", 31), key=ages)
bisect.insort_right(recs, ("fay", 20), key=ages)
print(recs)
calls = []


def k(r):
    calls.append(r[0])
    return r[1]


bisect.insort(recs, ("gus", 33), 1, 5, key=k)
print(calls, recs)

# insort on lists: left and right differ on ties, lo/hi bound the place.
s = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(s, x)
print(s)
t = [1.0, 2.0, 2.0, 3.0]
bisect.insort_left(t, 2)
bisect.insort_right(t, 2)
print(t, [type(v).__name__ for v in t])
u = [1, 2, 3, 4, 5]
bisect.insort(u, 0, 2)
bisect.insort(u, 99, 0, 3)
print(u)


# Other sequences: read through len() and [i]; insort calls a.insert(i, x).
class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("  len")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

    def insert(self, i, x):
        print("  insert", i, x)
        self.items.insert(i, x)


q = Seq([10, 20, 30, 40, 50])
print(bisect.bisect_left(q, 35))
print(bisect.bisect_right(q, 35, 1, 3))
bisect.insort(q, 25)
print(q.items)
print(bisect.bisect((1, 3, 5, 7), 4), bisect.bisect_left("acegi", "e"), bisect.bisect(range(0, 100, 10), 35))


class Logged(list):
    def insert(self, i, x):
        print("  Logged.insert", i, x)
        super().insert(i, x)

    def __getitem__(self, i):
        print("  Logged.getitem", i)
        return super().__getitem__(i)


lg = Logged([1, 3, 5])
bisect.insort(lg, 4)
print(lg, bisect.bisect_left(lg, 2))


class Idx:
    def __index__(self):
        return 2


print(bisect.bisect_left(a, 4, Idx()), bisect.bisect_left(a, 9, 0, Idx()))


def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, f"{type(e).__name__}: {e}")


attempt("lo<0", bisect.bisect, a, 1, -1)
attempt("lo<0 insort", bisect.insort, a, 1, -3)
attempt("lo<0 empty", bisect.bisect_left, [], 1, -1)
attempt("lo str", bisect.bisect, a, 1, "0")
attempt("lo float", bisect.bisect, a, 1, 1.0)
attempt("lo None", bisect.bisect, a, 1, None)
attempt("lo huge", bisect.bisect, a, 1, 2**80)
attempt("hi str", bisect.bisect, a, 1, 0, "5")
attempt("hi float", bisect.bisect_left, a, 1, 0, 2.5)
attempt("hi huge", bisect.bisect, a, 1, 0, 2**80)
attempt("hi past end", bisect.bisect, a, 100, 0, 20)
attempt("hi past end left", bisect.bisect_left, a, 100, 3, 9)
attempt("no args", bisect.bisect)
attempt("one arg", bisect.bisect_left, a)
attempt("five args", bisect.bisect, a, 1, 0, 2, 3)
attempt("bad keyword", bisect.insort, a, 1, key=None, reverse=True)
attempt("key positional", bisect.bisect_left, a, 1, 0, None, None)
attempt("x twice", bisect.bisect, a, 1, x=2)
attempt("int seq", bisect.bisect, 5, 1)
attempt("dict seq", bisect.bisect, {1: 2}, 1)
attempt("dict seq hi", bisect.bisect, {1: 2}, 1, 0, 1)
attempt("set seq", bisect.bisect, {1, 2}, 1)
attempt("uncomparable", bisect.bisect, a, "x")
attempt("uncomparable left", bisect.bisect_left, a, None)
attempt("key raises", bisect.bisect, a, 1, key=lambda v: 1 / 0)
attempt("key not callable", bisect.bisect, a, 1, key=3)
attempt("insort tuple", bisect.insort, (1, 2), 3)
attempt("insort str", bisect.insort_left, "abc", "b")
attempt("insort tuple key", bisect.insort_right, (1, 2), 3, key=str)
print(a)
