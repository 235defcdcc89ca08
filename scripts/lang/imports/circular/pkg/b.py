import os
import sys
print("b: start; pkg.a in sys.modules:", "pkg.a" in sys.modules)
from . import a
import pkg.a as a2
print("b: a is partial:", a is a2, hasattr(a, "EARLY"), hasattr(a, "LATE"))
seen = sorted(n for n in dir(a) if n.isupper())
try:
    from .a import LATE
except ImportError as e:
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    late_error = type(e).__name__ + ": " + str(e).replace(here, "<dir>")
from .a import EARLY
print("b: EARLY =", EARLY)

def from_a():
    return a.value()
