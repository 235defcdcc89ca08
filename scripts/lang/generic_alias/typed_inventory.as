# A typed inventory module: the annotations of its functions and classes use the built-in
# generics (PEP 585) and unions (PEP 604); the module prints them back, resolves them with
# typing.get_type_hints and walks them with get_origin/get_args.
import collections
import dataclasses
import typing
from typing import get_args, get_origin


@dataclasses.dataclass
class Item:
    sku: str
    name: str
    tags: list[str]
    price: float | None = None
    stock: dict[str, int] = dataclasses.field(default_factory=dict)


class Inventory:
    items: dict[str, Item]
    history: collections.deque[tuple[str, int]]

    def __init__(self) -> None:
        self.items = {}
        self.history = collections.deque(maxlen=3)

    def add(self, item: Item, warehouse: str = "main", count: int = 1) -> None:
        self.items[item.sku] = item
        item.stock[warehouse] = item.stock.get(warehouse, 0) + count
        self.history.append((item.sku, count))

    def find(self, sku: str) -> Item | None:
        return self.items.get(sku)

    def by_tag(self, *tags: str) -> dict[str, list[Item]]:
        out: dict[str, list[Item]] = {t: [] for t in tags}
        for item in self.items.values():
            for t in item.tags:
                if t in out:
                    out[t].append(item)
        return out

    def totals(self) -> list[tuple[str, int]]:
        return sorted((sku, sum(i.stock.values())) for sku, i in self.items.items())


def describe(tp, depth=0):
    # Prints an annotation as a tree of origins and arguments.
    origin = get_origin(tp)
    pad = "  " * depth
    if origin is None:
        print(f"{pad}{tp!r}")
        return
    print(f"{pad}{getattr(origin, '__name__', origin)} of {len(get_args(tp))}")
    for a in get_args(tp):
        describe(a, depth + 1)


inv = Inventory()
inv.add(Item("A1", "bolt", ["metal", "small"], 0.1), count=100)
inv.add(Item("B2", "plank", ["wood"]), "yard", 7)
inv.add(Item("C3", "screw", ["metal"], 0.05), count=250)
inv.add(inv.find("A1"), "yard", 20)

print(Item.__annotations__)
print(Inventory.__annotations__)
for name in ("add", "find", "by_tag", "totals"):
    print(name, getattr(Inventory, name).__annotations__)
print(typing.get_type_hints(Inventory.find))
print(inv.totals())
print({t: [i.name for i in items] for t, items in inv.by_tag("metal", "wood", "glass").items()})
print(inv.find("Z9"), list(inv.history))
print([(f.name, f.type) for f in dataclasses.fields(Item)])
describe(Inventory.by_tag.__annotations__["return"])
describe(Inventory.__annotations__["history"])
describe(Item.__annotations__["price"])
