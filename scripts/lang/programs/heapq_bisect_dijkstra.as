# heapq priority queues and Dijkstra, nlargest/merge, bisect grading and insort.
import heapq
import bisect
from collections import namedtuple

Task = namedtuple("Task", "priority seq name")
heap = []
for i, (p, n) in enumerate([(3, "write"), (1, "urgent"), (2, "review"), (1, "also urgent"), (5, "later")]):
    heapq.heappush(heap, Task(p, i, n))
print([heapq.heappop(heap).name for _ in range(len(heap))])
nums = [5, 1, 8, 3, 9, 2, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
heapq.heapify(nums)
print(nums[0], heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
def dijkstra(graph, start):
    dist = {start: 0}
    pq = [(0, start)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 5)], "B": [("D", 1)]}
print(dijkstra(g, "A"))
grades = [60, 70, 80, 90]
def grade(score, breakpoints=grades, letters="FDCBA"):
    return letters[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 5))
bisect.insort(a, 5)
bisect.insort_left(a, 4)
print(a)
recs = [("apple", 3), ("banana", 5), ("cherry", 7)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
class Event:
    def __init__(self, t, n): self.t, self.n = t, n
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return f"E({self.t},{self.n})"
h = []
for e in [Event(3, "c"), Event(1, "a"), Event(2, "b")]:
    heapq.heappush(h, e)
print(h[0], [heapq.heappop(h) for _ in range(3)])
try:
    heapq.heappush([], {"a": 1})
    heapq.heappush(x := [{"a": 1}], {"b": 2})
except TypeError as e:
    print("TypeError:", e)
