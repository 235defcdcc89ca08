# PrettyPrinter objects, pformat, depth limits, recursion and readability.
import pprint

tree = {"root": {"left": {"left": {"leaf": 1}, "right": {"leaf": 2}}, "right": {"leaf": 3}}}
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
pp.pprint(tree)
print(pp.pformat([tree, tree]))
print(pprint.pformat(tree, depth=1), pprint.pformat([[[[["deep"]]]]], depth=3))
print(pprint.saferepr({"b": [2, 1], "a": (1,)}))
cycle = {"name": "self"}
cycle["me"] = cycle
print(pprint.isrecursive(cycle), pprint.isreadable(cycle), pprint.isreadable({"a": [1, 2.5, None]}))
print(pprint.isreadable(pprint), pprint.pformat(10**20, underscore_numbers=True), pprint.pformat({"n": 123456789}, underscore_numbers=True))
print(pprint.pformat({"z": 1, "a": 2, "m": 3}, sort_dicts=False), pprint.pformat({"z": 1, "a": 2, "m": 3}))
for bad in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)


class Sink:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s


sink = Sink()
pprint.pprint({"to": "sink", "items": list(range(30))}, stream=sink, width=40)
print(repr(sink.text))
