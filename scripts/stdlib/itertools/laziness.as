# A log reader whose source announces every line it hands out, to show exactly how much of
# its input each itertools building block consumes, and when.
from itertools import (accumulate, chain, compress, cycle, dropwhile, filterfalse, groupby,
                       islice, pairwise, starmap, takewhile, tee, zip_longest)


class Source:
    def __init__(self, name, lines):
        self.name = name
        self.lines = list(lines)
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == len(self.lines):
            print(f"  [{self.name} exhausted]")
            raise StopIteration
        line = self.lines[self.pos]
        self.pos += 1
        print(f"  [{self.name} -> {line!r}]")
        return line


def show(title, it, n=None):
    print(title)
    got = list(it) if n is None else [next(it) for _ in range(n)]
    print(" ", got)


log = ["INFO a", "INFO b", "WARN c", "WARN d", "INFO e", "ERROR f"]
show("islice stops before reading past its stop:", islice(Source("s1", log), 2))
src = Source("s2", log)
show("islice with a step skips by reading:", islice(src, 1, 5, 2))
print("  left in s2:", src.lines[src.pos:])
show("chain opens its sources lazily:", islice(chain(Source("x", "ab"), Source("y", "cd")), 3))
groups = groupby(Source("g", log), key=lambda line: line.split()[0])
print("groupby, skipping groups unread:")
for level, lines in groups:
    print("  group", level)
    if level == "WARN":
        print("  warn lines:", list(lines))
a, b = tee(Source("t", "xyz"))
print("tee reads each item once:", next(a), next(a), next(b), list(b), list(a))
print("takewhile reads one past:", list(takewhile(lambda s: s < "b", Source("w", "abc"))))
print("dropwhile:", list(dropwhile(lambda s: s.startswith("INFO"), Source("d", log[:4]))))
print("zip_longest drains all:", list(zip_longest(Source("p", "ab"), Source("q", "c"), fillvalue="-")))
print("pairwise:", list(pairwise(Source("pw", "abc"))))
print("compress stops with the shorter:", list(compress(Source("cd", "abcd"), [1, 0, 1])))
print("filterfalse:", list(filterfalse(str.isupper, Source("ff", "aBcD"))))
print("starmap:", list(starmap(lambda a, b: a * b, Source("sm", [(2, "x"), (3, "y")]))))
print("accumulate:", list(accumulate(Source("acc", [1, 2, 3]), initial=100)))
c = cycle(Source("cy", "ab"))
print("cycle reads its source once:", [next(c) for _ in range(5)])
