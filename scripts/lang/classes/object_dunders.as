class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        base = super().__repr__()
        return f"Node({self.name}) " + base.split(" object at")[0] + ">"

    def __eq__(self, other):
        if isinstance(other, Node):
            return self.name == other.name
        return super().__eq__(other)

    def __hash__(self):
        return hash(self.name)


n = Node("a")
print(repr(n), str(n), n == Node("a"), n == 3, n != Node("b"), n.__eq__(3))
print(object.__eq__(n, n), object.__ne__(n, 1), hasattr(n, "__lt__"), hasattr([], "__len__"))
print(hasattr({}, "__iter__"), hasattr(3, "__len__"), len({n, Node("a")}))


class Plain:
    pass


p = Plain()
print(p.__eq__(p), p.__ne__(p), type(p.__hash__()).__name__, str(p) == repr(p), p.__str__() == p.__repr__())
print([].__len__ if False else [1, 2].__len__(), "ab".__contains__("a"), {"k": 1}.__getitem__("k"))
