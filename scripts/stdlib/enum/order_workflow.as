# Order workflow: allowed transitions between Enum states, with errors for bad moves.
import asyncio
from enum import Enum, auto, unique


@unique
class OrderState(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


ALLOWED = {
    OrderState.NEW: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.CANCELLED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
}


class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = OrderState.NEW
        self.history = [self.state]

    def move(self, new):
        if new not in ALLOWED.get(self.state, set()):
            raise ValueError(f"order {self.oid}: cannot go from {self.state.name} to {new.name}")
        self.state = new
        self.history.append(new)


async def process(order, steps):
    for step in steps:
        await asyncio.sleep(0.01)
        try:
            order.move(OrderState[step])
            print(f"order {order.oid}: now {order.state}")
        except ValueError as e:
            print("rejected:", e)
        except KeyError as e:
            print("unknown state:", e)


async def main():
    a, b, c = Order(1), Order(2), Order(3)
    await asyncio.gather(
        process(a, ["PAID", "SHIPPED", "DELIVERED"]),
        process(b, ["SHIPPED", "CANCELLED"]),
        process(c, ["PAID", "LOST", "CANCELLED", "PAID"]),
    )
    for o in (a, b, c):
        print(o.oid, " -> ".join(s.name for s in o.history), o.state.value)


asyncio.run(main())
