"""Inventory tools: the module's docstring is its __doc__."""
import json
import math


def describe(obj):
    doc = obj.__doc__
    if doc is None:
        return "(no docstring)"
    return doc.strip().splitlines()[0]


class Item:
    """One line of the inventory."""


print(__doc__)
print(describe(Item), describe(describe))
print(type(json.__doc__).__name__, "__doc__" in dir(math))
ns = {}
exec('"""generated"""\nvalue = 42', ns)
print(ns["__doc__"], ns["value"])
exec("value = 1", ns2 := {})
print("__doc__" in ns2)
print("__doc__" in globals(), sorted(k for k in globals() if k.startswith("__d")))
