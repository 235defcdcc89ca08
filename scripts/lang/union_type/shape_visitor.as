# A visitor over a small expression tree that dispatches with isinstance on unions, and
# annotations that name the unions it accepts.
from dataclasses import dataclass


@dataclass
class Num:
    value: int | float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass
class Call:
    fn: str
    args: list["Expr"]


Leaf = Num | Var
Expr = Num | Var | BinOp | Call
Number = int | float


class Evaluator:
    def __init__(self, env: dict[str, Number]):
        self.env = env

    def visit(self, node: Expr) -> Number:
        if isinstance(node, Leaf):
            return self.leaf(node)
        if isinstance(node, BinOp):
            a, b = self.visit(node.left), self.visit(node.right)
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[node.op]
        if isinstance(node, Call):
            values = [self.visit(a) for a in node.args]
            return {"max": max, "min": min, "sum": sum}[node.fn](values)
        raise TypeError(f"not an expression: {node!r}")

    def leaf(self, node: Leaf) -> Number:
        return node.value if isinstance(node, Num) else self.env[node.name]


def kinds(node):
    # Which unions a node belongs to.
    return [name for name, u in (("Leaf", Leaf), ("Expr", Expr)) if isinstance(node, u)]


tree = BinOp("+", Num(2), Call("max", [Var("x"), BinOp("*", Num(3), Var("y")), Num(1.5)]))
ev = Evaluator({"x": 4, "y": 2.5})
print(ev.visit(tree))
print(ev.visit(BinOp("/", Var("x"), Num(8))))
for node in (Num(1), Var("x"), tree, "text"):
    print(type(node).__name__, kinds(node), isinstance(getattr(node, "value", None), Number | None))
print(Leaf, Expr, Expr.__args__)
print(Evaluator.visit.__annotations__, Evaluator.__init__.__annotations__)
print(issubclass(Num, Leaf), issubclass(BinOp, Leaf), issubclass(bool, Number))
try:
    ev.visit("text")
except TypeError as e:
    print(type(e).__name__, e)
