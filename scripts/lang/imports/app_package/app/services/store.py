print("store runs as", __name__, "package", __package__)
from ..models import Item
from .. import models as m
from app import LOADS
LOADS.append("store")

class Store:
    def __init__(self):
        self.items = []

    def add(self, name, qty):
        self.items.append(Item(name, qty))

    def describe(self):
        total = sum(i.qty for i in self.items)
        return f"{len(self.items)} items, {total} units: {self.items}; models is {m.__name__}"


def make_store():
    return Store()
