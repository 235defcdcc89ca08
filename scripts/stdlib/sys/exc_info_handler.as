# An error reporter built on sys.exc_info.
import sys

def risky(n):
    if n == 2:
        raise KeyError("missing")
    if n == 3:
        return 1 / 0
    return n

def report():
    t, v, tb = sys.exc_info()
    if t is None:
        return "no error"
    return f"{t.__name__}: {v} (line {tb.tb_lineno})"

print(report())
for n in range(1, 4):
    try:
        print("ok", risky(n))
    except Exception:
        print(report())
print(sys.exc_info())
