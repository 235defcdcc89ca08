# Checks: range.index and range.count for ints, bools, big ranges and values that are
# only equal to an int (3.0, a class with __eq__); their errors; reversed() of a range
# (computed, not listed: its iterator's class and length hint) and of other sequences.
import operator

r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(9.0))
print(r.count(True), range(5).index(True), range(5).count(False))
print(range(10, 0, -2).index(4), range(-5, 5).index(-5), range(0).count(0))
big = range(10**20)
print(big.index(10**19), big.count(5), big.count(-1), range(10**20, 0, -7).index(10**20 - 70))

for args in [(10,), (10.5,), ("x",)]:
    try:
        print(r.index(*args))
    except ValueError as e:
        print("ValueError:", e)
for method in (r.index, r.count):
    try:
        method()
    except TypeError as e:
        print("TypeError:", e)


class Three:
    def __eq__(self, other):
        return other == 3

    __hash__ = None


print(range(10).index(Three()), range(10).count(Three()), range(3).count(Three()))

for rng in [range(3), range(1, 20, 7), range(5, -10, -4), range(0), range(10**20, 10**20 + 3)]:
    it = reversed(rng)
    print(type(it).__name__, operator.length_hint(it), list(it))
it = reversed(range(10**9))
print(next(it), next(it), operator.length_hint(it))
print(type(iter(range(3))).__name__, type(iter(range(10**20))).__name__)
print(type(range(3).__reversed__()).__name__)
for seq in [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab")]:
    print(type(reversed(seq)).__name__, list(reversed(seq)))
