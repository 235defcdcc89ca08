# Building a sales report and writing it with json.dump to a file-like sink.
import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return "".join(self.parts)


sales = [("north", "widget", 12, 3.5), ("south", "widget", 3, 3.5), ("north", "gizmo", 7, 12.25), ("east", "gizmo", 1, 12.25)]
report = {}
for region, product, qty, price in sales:
    entry = report.setdefault(region, {"orders": 0, "revenue": 0.0, "products": []})
    entry["orders"] += 1
    entry["revenue"] += qty * price
    if product not in entry["products"]:
        entry["products"].append(product)

sink = Sink()
json.dump(report, sink, indent="\t", sort_keys=True)
print(sink.read())
again = json.load(sink)
print(again == report, sorted(again))
compact = Sink()
json.dump(report, compact, separators=(",", ":"))
print(compact.read())
print(json.dumps({}, indent=2), json.dumps([], indent=2), json.dumps({"x": []}, indent=0))
