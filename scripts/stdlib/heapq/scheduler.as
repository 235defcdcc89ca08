# A job scheduler ordering work with heapq, bisect and operator.
import heapq, bisect, operator
h = []
for x in [5, 1, 8, 3, 2, 9]: heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heapreplace(h, 7), heapq.heappushpop(h, 0), h)
l = [9, 4, 7, 1, 3]; heapq.heapify(l); print(l)
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(heapq.nlargest(2, [('a', 3), ('b', 5), ('c', 5)], key=operator.itemgetter(1)), heapq.nsmallest(3, [5, 1, 4, 1]))
try: heapq.heappop([])
except IndexError as e: print(e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 0))
bisect.insort(a, 5); print(a)
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('split', ',')('a,b'), operator.add(1, 2), operator.index(5))
print(operator.itemgetter(1), operator.methodcaller('f', 1, k=2))
