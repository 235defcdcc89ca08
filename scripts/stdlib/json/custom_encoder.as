# Serialising domain objects with a JSONEncoder subclass and a default function.
import json
from datetime import datetime, timedelta


class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency


class Order:
    def __init__(self, number, lines, placed):
        self.number = number
        self.lines = lines
        self.placed = placed


class ShopEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {"amount": o.cents / 100, "currency": o.currency}
        if isinstance(o, Order):
            return {"number": o.number, "lines": o.lines, "placed": o.placed}
        if isinstance(o, datetime):
            return o.isoformat()
        return super().default(o)


order = Order(1001, [("widget", Money(1999, "EUR")), ("gadget", Money(500, "EUR"))], datetime(2024, 5, 1, 12, 30))
print(json.dumps(order, cls=ShopEncoder))
print(json.dumps(order, cls=ShopEncoder, indent=4))

try:
    json.dumps({"delay": timedelta(seconds=5)}, cls=ShopEncoder)
except TypeError as e:
    print("TypeError:", e)

try:
    json.dumps(Money(1, "USD"))
except TypeError as e:
    print("TypeError:", e)


def fallback(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps({"ids": {3, 1, 2}}, default=fallback))
try:
    json.dumps([object()], default=fallback)
except TypeError as e:
    print("TypeError:", e)
