# Subscripting dict subclasses: defaultdict, Counter, OrderedDict and a __missing__ of our own.
from collections import defaultdict, Counter, OrderedDict
def main():
    d = defaultdict(list)
    for i in range(200000):
        d[i % 1000].append(i)
    c = Counter()
    for i in range(200000):
        c[i % 777] += 1
    o = OrderedDict((i, i) for i in range(1000))
    t = 0
    for i in range(100000):
        t += o[i % 1000]
    print(len(d), sum(len(v) for v in d.values()), c.most_common(2), t)
    class M(dict):
        def __missing__(self, k): return k * 2
    m = M(a=1)
    print(m["a"], m[5], len(m))
    try:
        defaultdict()[1]
    except KeyError as e:
        print("KeyError", e)
    class P(dict):
        pass
    try:
        P()["x"]
    except KeyError as e:
        print("KeyError", e)
main()
