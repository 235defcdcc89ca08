# An inventory with frozen dataclass keys, enums, dates, a grouped formatted report and a JSON export.
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
import json

class Category(Enum):
    FOOD = "food"
    TOOLS = "tools"
    TOYS = "toys"

@dataclass(frozen=True, order=True)
class SKU:
    code: str

@dataclass
class Item:
    sku: SKU
    name: str
    category: Category
    qty: int
    unit_price: float
    expires: date | None = None
    tags: frozenset = field(default_factory=frozenset)

    @property
    def value(self) -> float:
        return round(self.qty * self.unit_price, 2)

    def is_expired(self, today: date) -> bool:
        return self.expires is not None and self.expires < today

class Inventory:
    def __init__(self):
        self._items: dict[SKU, Item] = {}

    def add(self, item: Item) -> None:
        if item.sku in self._items:
            existing = self._items[item.sku]
            existing.qty += item.qty
        else:
            self._items[item.sku] = item

    def remove(self, sku: SKU, qty: int) -> int:
        item = self._items.get(sku)
        if item is None:
            raise KeyError(f"unknown SKU {sku.code}")
        taken = min(qty, item.qty)
        item.qty -= taken
        if item.qty == 0:
            del self._items[sku]
        return taken

    def by_category(self):
        groups = defaultdict(list)
        for item in sorted(self._items.values(), key=lambda i: i.sku):
            groups[item.category].append(item)
        return groups

    def report(self, today):
        lines = []
        for cat, items in sorted(self.by_category().items(), key=lambda kv: kv[0].value):
            total = sum(i.value for i in items)
            lines.append(f"== {cat.name.title()} ({len(items)} items, ${total:,.2f})")
            for i in items:
                flag = " EXPIRED" if i.is_expired(today) else ""
                tags = ",".join(sorted(i.tags)) or "-"
                lines.append(f"  {i.sku.code:<6} {i.name:<14} {i.qty:>4} x {i.unit_price:>7.2f} = {i.value:>9.2f} [{tags}]{flag}")
        return "\n".join(lines)

    def to_json(self):
        def enc(o):
            if isinstance(o, (date,)):
                return o.isoformat()
            if isinstance(o, Enum):
                return o.value
            if isinstance(o, SKU):
                return o.code
            if isinstance(o, frozenset):
                return sorted(o)
            raise TypeError(type(o).__name__)
        return json.dumps([{"sku": i.sku, "name": i.name, "category": i.category, "qty": i.qty, "expires": i.expires, "tags": i.tags}
                           for i in sorted(self._items.values(), key=lambda i: i.sku)], default=enc)

today = date(2024, 6, 1)
inv = Inventory()
inv.add(Item(SKU("F001"), "Apples", Category.FOOD, 50, 0.4, today + timedelta(days=5), frozenset({"fresh", "fruit"})))
inv.add(Item(SKU("F002"), "Milk", Category.FOOD, 10, 1.25, today - timedelta(days=1)))
inv.add(Item(SKU("T001"), "Hammer", Category.TOOLS, 3, 15.0))
inv.add(Item(SKU("Y001"), "Yo-yo", Category.TOYS, 25, 2.5, tags=frozenset({"kids"})))
inv.add(Item(SKU("F001"), "Apples", Category.FOOD, 20, 0.4))
print(inv.report(today))
print(inv.remove(SKU("T001"), 5))
try:
    inv.remove(SKU("T001"), 1)
except KeyError as e:
    print("KeyError:", e)
print(inv.to_json())
