# An order-processing service: dataclasses and enums in an asyncio program.
import asyncio
from dataclasses import dataclass, field, asdict
from enum import Enum


class Status(Enum):
    PENDING = "pending"
    CHARGED = "charged"
    FAILED = "failed"


@dataclass(frozen=True)
class Item:
    sku: str
    price: float
    qty: int = 1

    @property
    def total(self):
        return round(self.price * self.qty, 2)


@dataclass
class Order:
    oid: int
    customer: str
    items: list = field(default_factory=list)
    status: Status = Status.PENDING
    notes: list = field(default_factory=list, repr=False)

    @property
    def total(self):
        return round(sum(i.total for i in self.items), 2)


async def charge(order, limit):
    await asyncio.sleep(0.01 * order.oid)
    if order.total > limit:
        order.status = Status.FAILED
        order.notes.append(f"over limit {limit}")
    else:
        order.status = Status.CHARGED
    return order


async def main():
    orders = [
        Order(1, "ann", [Item("pen", 1.5, 4), Item("pad", 3.25)]),
        Order(2, "ben", [Item("lamp", 49.99)]),
        Order(3, "cy", [Item("cable", 7.0, 3)]),
    ]
    done = await asyncio.gather(*(charge(o, 40) for o in orders))
    for o in done:
        print(o)
        print("  total", o.total, o.status.value, o.notes)
    print(asdict(done[2]))
    print(done[0] == Order(1, "ann", [Item("pen", 1.5, 4), Item("pad", 3.25)], Status.CHARGED))
    print(Item("pen", 1.5, 4) in done[0].items, hash(Item("a", 1.0)) == hash(Item("a", 1.0)))


asyncio.run(main())
