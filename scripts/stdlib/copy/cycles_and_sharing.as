# deepcopy keeps the shape of shared and cyclic structures through its memo dict.
import copy

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
clone = copy.deepcopy(root)
print(clone.children[0].parent is clone, clone.children[0].children[0].parent is clone.children[0])
print(clone is not root, [c.value for c in clone.children], clone.children[0] is not a)
loop = [1, 2]
loop.append(loop)
c = copy.deepcopy(loop)
print(c[2] is c, c[:2], c is not loop)
shared = ["x"]
pair = {"left": shared, "right": shared}
p = copy.deepcopy(pair)
print(p["left"] is p["right"], p["left"] is not shared)
memo = {}
first = copy.deepcopy(shared, memo)
second = copy.deepcopy(shared, memo)
print(first is second, memo[id(shared)] is first)
t = (1, "two", (3,))
print(copy.deepcopy(t) is t, copy.deepcopy(([],)) == ([],))
