# Mistakes in a dataclass definition and the errors CPython reports for them.
from dataclasses import dataclass, field


def attempt(label, make):
    try:
        cls = make()
        print(label, "ok", cls.__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def default_order():
    @dataclass
    class Config:
        host: str = "localhost"
        port: int
    return Config


def mutable_list():
    @dataclass
    class Cart:
        items: list = []
    return Cart


def mutable_dict():
    @dataclass
    class Cache:
        data: dict = {}
    return Cache


def both_defaults():
    @dataclass
    class X:
        a: int = field(default=1, default_factory=int)
    return X


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Y:
        a: int
    return Y


def own_lt():
    @dataclass(order=True)
    class Z:
        a: int

        def __lt__(self, other):
            return True
    return Z


def factory_ok():
    @dataclass
    class Cart:
        items: list = field(default_factory=list)
    return Cart


for label, make in [("default order", default_order), ("list default", mutable_list),
                    ("dict default", mutable_dict), ("two defaults", both_defaults),
                    ("order/eq", order_without_eq), ("own __lt__", own_lt),
                    ("factory", factory_ok)]:
    attempt(label, make)
