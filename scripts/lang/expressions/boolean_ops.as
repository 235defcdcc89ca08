# Checks: `and`/`or` short-circuit and return one of their operands (not a bool); `not`
# always returns a bool; precedence not > and > or.
def t(label, value):
    print("eval", label)
    return value
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "never", None or 0)
print(0 or "" or [] or "last", 1 and "x" and [3], 1 and 0 and 3)
print(not 0, not 1, not "", not "a", not [], not [0], not None)
print(t("a", 0) and t("b", 1))
print(t("c", 1) or t("d", 0))
print(t("e", 1) and t("f", 0) or t("g", "fallback"))
print(not 1 == 2, not (1 == 2), True or False and False, (True or False) and False)
print(not 1 or 2, not (1 or 2))
x = None
name = x or "anonymous"
print(name)
items = []
print(items and items[0], bool(items and items[0]))
print(1 if 0 or 0.0 else "both falsy")
print(type(1 and 2), type(0 or 0.0), type(not 5))
