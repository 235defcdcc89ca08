# sorted() and list.sort() over runs of every length around the minimum run: stable, also
# with reverse=True and with a key, ascending and descending input, errors from __lt__.
seed = [5]
def rand(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n

class K:
    def __init__(s, v, t): s.v = v; s.t = t
    def __lt__(s, o):
        return s.v < o.v
    def __repr__(s): return "%d%s" % (s.v, s.t)
for n in [0, 1, 2, 3, 5, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 5000]:
    data = [K(rand(n // 3 + 1), i) for i in range(n)]
    for rev in (False, True):
        a = sorted(data, reverse=rev)
        b = sorted(data, key=lambda k: k.v, reverse=rev)
        assert [x.t for x in a] == [x.t for x in b]
        print(n, rev, hash(tuple(x.t for x in a)) % 1000003, a[:5])
    asc = list(range(n)); desc = asc[::-1]
    print(sorted(desc) == asc, sorted(asc, reverse=True) == desc, sorted(asc + desc)[:4])
class Bad:
    def __lt__(s, o): raise ValueError("bad")
l = [3, Bad(), 1]
try:
    l.sort()
except ValueError as e:
    print(e, l[0], l[2])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
print(sorted(["b", "a", "C"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
