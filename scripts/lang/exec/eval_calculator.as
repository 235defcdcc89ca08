# A calculator built on eval(): expressions see only the names it offers, with no
# built-ins; errors are reported per expression.
import math

allowed = {name: getattr(math, name) for name in ["sqrt", "floor", "pi", "e"]}
allowed["abs"] = abs
allowed["__builtins__"] = {}


def calculate(expr, **variables):
    try:
        return eval(expr, allowed, variables)
    except ZeroDivisionError:
        return "error: division by zero"
    except NameError as exc:
        return f"error: {exc}"
    except SyntaxError as exc:
        return f"syntax error: {exc.msg}"


for expr, env in [("1 + 2 * 3", {}), ("sqrt(16) + x", {"x": 1}), ("floor(pi * r ** 2)", {"r": 2}),
                  ("  abs(-7)", {}), ("x / y", {"x": 1, "y": 0}), ("len([1, 2])", {}),
                  ("__import__('os')", {}), ("2 +", {}), ("(1, 2", {}), ("[i * n for i in range(3)]", {"n": 2})]:
    print(f"{expr!r:30} -> {calculate(expr, **env)}")

print(eval("e > 2", allowed))
print(eval("x if x > 0 else -x", {}, {"x": -5}))
