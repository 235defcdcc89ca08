# CPython's errors from the heap functions, and what happens when a __lt__ changes the heap
# it is being compared in: a RuntimeError when the size changes, else the sift goes on with
# whatever the list holds.
import heapq


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, f"{type(e).__name__}: {e}")


attempt("push tuple", heapq.heappush, (), 1)
attempt("push dict", heapq.heappush, {}, 1)
attempt("push one arg", heapq.heappush, [])
attempt("push three args", heapq.heappush, [], 1, 2)
attempt("pop tuple", heapq.heappop, (1, 2))
attempt("pop none", heapq.heappop, None)
attempt("pop no args", heapq.heappop)
attempt("pop empty", heapq.heappop, [])
attempt("replace empty", heapq.heapreplace, [], 1)
attempt("replace str", heapq.heapreplace, "ab", 1)
attempt("pushpop tuple", heapq.heappushpop, (), 1)
attempt("pushpop empty", heapq.heappushpop, [], "x")
attempt("heapify tuple", heapq.heapify, (3, 1))
attempt("heapify two", heapq.heapify, [], [])
attempt("uncomparable push", heapq.heappush, [1, 2], "a")
attempt("uncomparable heapify", heapq.heapify, [3, None, 1])
attempt("uncomparable pushpop", heapq.heappushpop, [1], [2])
attempt("nsmallest uncomparable", heapq.nsmallest, 2, [1, "a", 2])
attempt("nlargest uncomparable", heapq.nlargest, 2, iter([1, "a", 2]))
h = [3, 1, 2]
heapq.heapify(h)
attempt("mixed int float", heapq.heappush, h, 1.5)
print(h)


class Boom:
    def __lt__(self, other):
        raise ValueError("no order")


h = [1, 2, 3]
attempt("raising lt", heapq.heappush, h, Boom())
print(len(h), h[:3])


class Grow:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(Grow(99, self.heap))
        return self.v < other.v

    def __repr__(self):
        return f"G{self.v}"


h = []
h.extend(Grow(v, h) for v in [3, 1, 2])
attempt("grow push", heapq.heappush, h, Grow(0, h))
print(h)
h = []
h.extend(Grow(v, h) for v in [5, 4, 3, 2, 1])
attempt("grow heapify", heapq.heapify, h)
print(len(h))
h = []
h.extend(Grow(v, h) for v in [1, 2, 3, 4])
attempt("grow pop", heapq.heappop, h)
print(len(h))


class Shrink:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v

    def __repr__(self):
        return f"S{self.v}"


h = []
h.extend(Shrink(v, h) for v in [1, 2, 3, 4, 5])
attempt("shrink pop", heapq.heappop, h)
print(h)
h = []
h.append(Shrink(1, h))
attempt("shrink pushpop", heapq.heappushpop, h, Shrink(2, h))
print(h)
h = []
h.extend(Shrink(v, h) for v in [9, 8, 7])
attempt("shrink replace", heapq.heapreplace, h, Shrink(0, h))
print(h)


class Swap:
    # Same size, different contents: the sift carries on with the items now in the list.
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        if self.heap and self.heap[-1].v != 0:
            self.heap.reverse()
        return self.v < other.v

    def __repr__(self):
        return f"W{self.v}"


h = []
h.extend(Swap(v, h) for v in [4, 7, 1, 8, 2, 6, 0])
attempt("swap heapify", heapq.heapify, h)
print(h)
attempt("swap push", heapq.heappush, h, Swap(3, h))
print(h)
attempt("swap pop", heapq.heappop, h)
print(h)


class Replace:
    # The list's contents replaced wholesale by ints, same size.
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        n = len(self.heap)
        self.heap[:] = list(range(n, 0, -1))
        return True

    def __repr__(self):
        return f"R{self.v}"


h = []
h.extend(Replace(v, h) for v in [1, 2, 3, 4])
attempt("replace contents", heapq.heappop, h)
print(h)
