# Enum members as dict keys and set members in an inventory tally.
from enum import Enum
import asyncio


class Category(Enum):
    FOOD = "food"
    TOOLS = "tools"
    TOYS = "toys"

    def __str__(self):
        return self.value.title()

    def label(self, n):
        return f"{self}: {n} item{'s' if n != 1 else ''}"


stock = [("apple", Category.FOOD), ("saw", Category.TOOLS), ("pear", Category.FOOD),
         ("kite", Category.TOYS), ("drill", Category.TOOLS), ("bread", Category.FOOD)]


async def tally(items):
    totals = {c: 0 for c in Category}
    for name, cat in items:
        await asyncio.sleep(0)
        totals[cat] += 1
    return totals


totals = asyncio.run(tally(stock))
for cat, n in totals.items():
    print(cat.label(n), repr(cat), f"<{cat}>")
seen = {cat for _, cat in stock}
print(len(seen), Category.TOYS in seen, sorted(seen, key=lambda c: c.value))
print(Category.FOOD == Category.FOOD, Category.FOOD != Category.TOYS, Category.FOOD == "food")
print(hash(Category.FOOD) == hash(Category.FOOD), {Category.FOOD: 1} == {Category.FOOD: 1})
