# Checks: dict-of-dicts processing — grouping, aggregation, nested sorting, f-string tables
# with alignment and thousands separators, percent formatting.
items = [
    {"name": "bolt", "cat": "hardware", "qty": 1200, "price": 0.05},
    {"name": "nut", "cat": "hardware", "qty": 3400, "price": 0.03},
    {"name": "glue", "cat": "supplies", "qty": 15, "price": 4.5},
    {"name": "tape", "cat": "supplies", "qty": 40, "price": 2.25},
    {"name": "drill", "cat": "tools", "qty": 3, "price": 89.99},
    {"name": "saw", "cat": "tools", "qty": 0, "price": 24.0},
]
by_cat = {}
for it in items:
    by_cat.setdefault(it["cat"], []).append(it)
grand = sum(it["qty"] * it["price"] for it in items)
print(f"{'category':<10}{'items':>6}{'units':>8}{'value':>10}{'share':>8}")
for cat, group in sorted(by_cat.items()):
    units = sum(i["qty"] for i in group)
    value = sum(i["qty"] * i["price"] for i in group)
    print(f"{cat:<10}{len(group):>6}{units:>8,}{value:>10.2f}{value / grand:>8.1%}")
print(f"{'total':<10}{len(items):>6}{sum(i['qty'] for i in items):>8,}{grand:>10.2f}")
out_of_stock = [i["name"] for i in items if not i["qty"]]
print("out of stock:", out_of_stock)
cheapest = min(items, key=lambda i: (i["price"], i["name"]))
print("cheapest:", cheapest["name"], cheapest["price"])
ranked = sorted(items, key=lambda i: (i["cat"], -i["qty"] * i["price"]))
print([i["name"] for i in ranked])
