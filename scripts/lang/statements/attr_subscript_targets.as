# Checks: assignment to attributes and subscripts (incl. nested), and the evaluation order of
# a target's object/index relative to the right-hand side.
class Node:
    def __init__(self, val):
        self.val = val
        self.child = None
root = Node(1)
root.child = Node(2)
root.child.child = Node(3)
root.child.child.val = 30
print(root.val, root.child.val, root.child.child.val)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
grid[0][-1] = 7
print(grid)
data = {"list": [1, 2], "dict": {}}
data["list"][0] = "one"
data["dict"]["new"] = root.child.val
print(data)
def log(label, v):
    print("eval", label)
    return v
arr = [0, 0, 0]
log("container", arr)[log("index", 1)] = log("value", 42)
print(arr)
obj = Node(0)
log("object", obj).val = log("rhs", 9)
print(obj.val)
a = [1, 2, 3]
a[1:2] = [7, 8, 9]
print(a)
n = Node("x")
n.extra = "dynamic attribute"
print(n.extra, n.val)
