# nsmallest, nlargest and merge: CPython's results, ties and key= included, and the same
# comparisons in the same order (a heap of the best n so far; a heap of one entry per input).
import heapq

log = []


class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        log.append(f"{self.tag}<{other.tag}")
        return self.v < other.v

    def __eq__(self, other):
        log.append(f"{self.tag}={other.tag}")
        return self.v == other.v

    def __repr__(self):
        return f"{self.v}{self.tag}"


def show(label, value):
    print(label, value, len(log), " ".join(log[:30]))
    log.clear()


vals = [V(v, t) for v, t in zip([5, 3, 5, 1, 3, 9, 1, 5, 0, 3, 7], "abcdefghijk")]
for n in [-1, 0, 1, 2, 3, 5, 10, 11, 12]:
    show(f"nsmallest {n}", heapq.nsmallest(n, vals))
    show(f"nlargest {n}", heapq.nlargest(n, vals))
    show(f"nsmallest iter {n}", heapq.nsmallest(n, iter(vals)))
    show(f"nlargest iter {n}", heapq.nlargest(n, iter(vals)))

words = ["pear", "fig", "apple", "kiwi", "plum", "date", "banana", "lime", "yam"]
for n in [1, 2, 3, 4, 9]:
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print(n, heapq.nsmallest(n, iter(words), key=len), heapq.nlargest(n, (w for w in words), key=len))
print(heapq.nsmallest(3, [], key=len), heapq.nlargest(2, iter([])), heapq.nsmallest(1, iter([])))
print(heapq.nlargest(3, range(10)), heapq.nsmallest(3, range(10), key=lambda x: -x))
print(heapq.nlargest(4, {"a": 3, "b": 1, "c": 2, "d": 4}.items(), key=lambda kv: kv[1]))
show("key log", heapq.nsmallest(3, vals, key=lambda x: x))

# merge: ties go to the earliest input; key= and reverse=.
a = [V(1, "a"), V(3, "b"), V(5, "c")]
b = [V(1, "d"), V(2, "e"), V(5, "f")]
c = [V(0, "g"), V(5, "h")]
show("merge", list(heapq.merge(a, b, c)))
show("merge key", list(heapq.merge(a, b, c, key=lambda x: x.v)))
show("merge reverse", list(heapq.merge(a[::-1], b[::-1], c[::-1], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1], [])), list(heapq.merge([2, 4], iter([1, 3, 5]))))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge(["kangaroo", "fish", "cat"], ["horse", "dog"], key=len, reverse=True)))
print(list(heapq.merge([1, 1, 2], [1, 2, 2], [0, 3])))
m = heapq.merge([1, 3], [2])
print(next(m), list(m))


def gen(xs):
    for x in xs:
        print("  yield", x)
        yield x


print(list(heapq.merge(gen([1, 4]), gen([2, 3]))))
