import heapq
from collections import defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8), ("D", "E", 3)]
graph = defaultdict(list)
for a, b, w in edges:
    graph[a].append((b, w))
    graph[b].append((a, w))


def shortest(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


dist, prev = shortest("A")
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], "->".join(reversed(path)))
