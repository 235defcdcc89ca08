# Checks: try/except with `as`, the first matching handler wins, handlers are tried in order,
# unmatched exceptions propagate to an outer try, code after the raise point is skipped.
def risky(kind):
    print("risky", kind)
    if kind == "zero":
        return 1 // 0
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][0]
    return "ok"
for kind in ["none", "zero", "key", "index"]:
    try:
        result = risky(kind)
        print("result", result)
    except ZeroDivisionError as e:
        print("caught ZeroDivisionError:", e)
    except LookupError as e:
        print("caught LookupError:", type(e).__name__, e)
try:
    try:
        int("x")
    except KeyError:
        print("wrong handler")
    print("not reached")
except ValueError as e:
    print("outer caught:", e)
try:
    raise ValueError("first")
except ValueError:
    print("handler without as")
except Exception:
    print("not this one")
x = "unchanged"
try:
    x = [1, 2][5]
except IndexError:
    pass
print(x)
