# Checks: circular imports inside a package behave as in CPython: the second module sees the
# first one partly initialised (in sys.modules, names defined so far only), `from . import`
# and `import pkg.a as a` find it there, and `from .a import LATE` fails with the
# partially-initialised-module message.
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
import pkg.a
print("after import:", pkg.a.EARLY, pkg.a.LATE, pkg.b.seen)
print(pkg.b.from_a(), pkg.b.late_error)
print(pkg.a.b is pkg.b, pkg.b.a is pkg.a, sys.modules["pkg.b"] is pkg.b)
try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).replace(HERE, "<dir>"))
