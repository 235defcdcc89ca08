# Checks: import errors with CPython's types, messages (paths replaced by <dir>) and name
# and path attributes, a failed module is forgotten and runs again on the next import,
# namespace packages (a directory without __init__), and a local module shadowing a standard
# one written in Python (json) but not a built-in one (math).
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def attempt(stmt):
    try:
        exec(stmt, {})
    except Exception as e:
        print(f"{stmt!r}: {type(e).__name__}: {str(e).replace(HERE, '<dir>')}")
        if isinstance(e, ImportError):
            print("    name:", e.name, "path:", e.path and e.path.replace(HERE, "<dir>"))
    else:
        print(f"{stmt!r}: ok")


attempt("import pkg.missing")
attempt("import nosuch.sub")
attempt("import plainmod.sub")
attempt("from pkg import nothing")
attempt("from pkg.inner import nothing")
attempt("from pkg import beyond")
attempt("import plainmod; plainmod.relative()")
attempt("from nsdir import missing")
attempt("from . import sibling")  # exec's globals have no __name__ at all
try:
    from . import sibling
except ImportError as e:
    print("main, from . import:", type(e).__name__, e)
try:
    from .pkg import inner
except ImportError as e:
    print("main, from .pkg import:", type(e).__name__, e)
attempt("import pkg.broken")
print("broken forgotten:", "pkg.broken" in sys.modules, hasattr(sys.modules["pkg"], "broken"))
attempt("import pkg.broken")

import nsdir
from nsdir import thing
import nsdir.thing as t2
print("namespace:", nsdir.__name__, nsdir.__file__, nsdir.__package__, len(nsdir.__path__), thing.VALUE, t2 is thing)
print(thing.__name__, thing.__package__)

import json
import math
print("json is local:", json.LOCAL, json.dumps([1]))
print("math is built in:", math.floor(2.5), hasattr(math, "LOCAL"))
