# As-patterns bind the value a sub-pattern matched, at any depth; the name is bound only when
# the sub-pattern matches.


class Node:
    __match_args__ = ("value", "children")

    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)

    def __repr__(self):
        return f"Node({self.value})"


tree = Node(1, [Node(2, [Node(4)]), Node(3)])

match tree:
    case Node(_, [Node(_, [leaf]) as left, right]) as root:
        print("root", root, "left", left, "leaf", leaf, "right", right)

for v in [[1, 2], [1, [2, 3]], (4, "x"), {"k": [1, 2, 3]}]:
    match v:
        case [1, [2, 3] as inner]:
            print("inner", inner)
        case [int() as a, int() as b] as whole:
            print("two ints", a, b, "in", whole)
        case (int() as n, str() as s):
            print("int and str", n, s)
        case {"k": [_, *rest] as full}:
            print("full", full, "rest", rest)

match 42:
    case (1 | 2 | 42) as number:
        print("number", number)
