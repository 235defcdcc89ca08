print("a: start")
EARLY = "early"
from . import b
print("a: b imported, b.seen =", b.seen)
LATE = "late"

def value():
    return EARLY + "+" + LATE
