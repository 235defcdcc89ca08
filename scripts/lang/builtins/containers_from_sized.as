# list(), tuple(), sorted() and set() of ranges, dicts, views, sets and strs (whose sizes are
# known up front), a dict changed while copied, and a range too long to list.
d = {1: 2, 3: 4}
try:
    for k in list(d):
        d[k + 10] = 0
    print(sorted(d))
    tuple(x for x in d if d.pop(x, None) is None)
except RuntimeError as e:
    print(e)
print(tuple("héllo"), list(range(5, 0, -2)), sorted({3, 1, 2}), list({"a": 1}.values()), tuple(set()))
try:
    list(range(10**12))
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
def main():
    t = 0
    for _ in range(2):
        t += len(tuple(range(100000))) + len(sorted(range(50000, 0, -1))) + len(set(range(30000)))
    print(t)
main()
def more():
    d = {i: i for i in range(50000)}
    s = set(range(50000))
    t = 0
    for _ in range(2):
        t += len(list(d)) + len(tuple(d.items())) + len(sorted(s)) + len(list("abc" * 10000)) + len(tuple(d.values()))
    print(t)
more()
