from collections import Counter, defaultdict, namedtuple, OrderedDict

Item = namedtuple("Item", "sku name warehouse qty")
rows = [Item("A1", "bolt", "north", 120), Item("B2", "nut", "south", 40),
        Item("A1", "bolt", "south", 30), Item("C3", "gear", "north", 5),
        Item("B2", "nut", "north", 60)]
per_sku = Counter()
per_wh = defaultdict(Counter)
for r in rows:
    per_sku[r.sku] += r.qty
    per_wh[r.warehouse][r.name] += r.qty
print(per_sku.most_common())
for wh in sorted(per_wh):
    print(wh, dict(per_wh[wh]), per_wh[wh].total())
low = OrderedDict((sku, n) for sku, n in sorted(per_sku.items()) if n < 100)
print(low)
print(max(rows, key=lambda r: r.qty))
