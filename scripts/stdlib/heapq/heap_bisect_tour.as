import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
data = [9, 4, 7, 1, 8]; heapq.heapify(data); print(data)
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, [1, 8, 3, 9, 2]))
print(heapq.nlargest(2, ["apple", "fig", "banana"], key=len), heapq.nsmallest(1, [], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])), list(heapq.merge(["a", "cc"], ["bbb"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write")); heapq.heappush(tasks, (1, "read")); heapq.heappush(tasks, (2, "alpha"))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 99))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect(a, 4, 2, 4), bisect.bisect(a, 4, lo=6))
bisect.insort(recs, ("x", 6), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect(a, 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
class Item:
    def __init__(self, p): self.p = p
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"Item({self.p})"
hh = [Item(3), Item(1), Item(2)]; heapq.heapify(hh); print(hh, heapq.heappop(hh))
