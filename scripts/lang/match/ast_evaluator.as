# An arithmetic expression evaluator over a small AST, written with class patterns that use
# __match_args__ (positional) and keyword sub-patterns, with simplification rules first.


class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value})"


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Var({self.name!r})"


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left}, {self.right})"


class Neg:
    __match_args__ = ("operand",)

    def __init__(self, operand):
        self.operand = operand

    def __repr__(self):
        return f"Neg({self.operand})"


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case Neg(Neg(x)):
            return simplify(x)
        case BinOp(op, left, right):
            return BinOp(op, simplify(left), simplify(right))
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return e


def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound variable {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            d = evaluate(r, env)
            if d == 0:
                raise ZeroDivisionError("division by zero in expression")
            return evaluate(l, env) / d
        case Neg(operand=x):
            return -evaluate(x, env)
        case BinOp(op=op):
            raise ValueError(f"unknown operator {op}")
    raise TypeError(f"not an expression: {e!r}")


exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Var("x"), Num(2)), Neg(Neg(Var("y")))),
    BinOp("/", Num(10), BinOp("-", Var("x"), Var("x"))),
    BinOp("*", Num(0), Var("nope")),
    BinOp("%", Num(1), Num(2)),
    Neg(BinOp("-", Num(3), Var("z"))),
    "text",
]
for e in exprs:
    s = simplify(e)
    print(e)
    print("  simplified:", s)
    try:
        print("  value:", evaluate(s, {"x": 4, "y": 3}))
    except (NameError, ZeroDivisionError, ValueError, TypeError) as exc:
        print("  error:", type(exc).__name__, exc)
