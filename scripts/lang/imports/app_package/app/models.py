print("models runs as", __name__, "package", __package__)
from . import LOADS
LOADS.append("models")

class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"
