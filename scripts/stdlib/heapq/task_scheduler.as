import heapq

tasks = []
for prio, name in [(3, "write docs"), (1, "fix outage"), (2, "review PR"), (1, "page oncall"), (5, "lunch")]:
    heapq.heappush(tasks, (prio, name))
print(tasks[0], len(tasks))
while tasks:
    prio, name = heapq.heappop(tasks)
    print(f"[{prio}] {name}")
scores = [42, 7, 93, 15, 88, 61]
print(heapq.nlargest(3, scores), heapq.nsmallest(2, scores))
words = ["kiwi", "banana", "fig", "cherry"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(1, words, key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
h = [5, 1, 4]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
