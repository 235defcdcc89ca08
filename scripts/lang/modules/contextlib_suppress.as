# Checks: contextlib.suppress — suppresses the listed exception types (and subclasses), lets
# others propagate, skips the rest of the block, and works with several types.
from contextlib import suppress
import contextlib
d = {}
with suppress(KeyError):
    print("before")
    d["missing"]
    print("not printed")
print("after suppressed KeyError")
with suppress(LookupError):
    [][1]
print("IndexError suppressed via LookupError")
with suppress(ValueError, ZeroDivisionError):
    1 / 0
print("suppressed one of several types")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with contextlib.suppress(KeyError):
    print("no exception at all")
print("done")
with suppress():
    print("suppress with no types")
def f():
    with suppress(KeyError):
        return {}["k"]
    return "fell through after suppression"
print(f())
