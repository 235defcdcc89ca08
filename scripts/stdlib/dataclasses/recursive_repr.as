# Reprs of nested and self-referencing dataclasses, and repr=False fields.
from dataclasses import dataclass, field


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False)

    def add(self, value):
        child = Node(value, parent=self)
        self.children.append(child)
        return child


@dataclass
class Link:
    name: str
    next: "Link" = None


root = Node(1)
a = root.add(2)
a.add(3)
root.add(4)
print(root)
loop = Link("a")
loop.next = Link("b", loop)
print(loop)
print(repr(Link("solo")), str(Link("x", Link("y"))))
