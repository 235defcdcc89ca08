from itertools import groupby
from operator import itemgetter

sales = [("2024-01", "north", 10), ("2024-01", "south", 4), ("2024-02", "north", 7),
         ("2024-02", "north", 3), ("2024-03", "south", 8)]
for month, rows in groupby(sales, key=itemgetter(0)):
    rows = list(rows)
    print(month, len(rows), sum(r[2] for r in rows))
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print([k for k, _ in groupby(sorted("mississippi"))])
runs = [(k, sum(1 for _ in g)) for k, g in groupby([1, 1, 2, 2, 2, 1, 3, 3])]
print(runs)
