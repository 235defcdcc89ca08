# Checks: a module's attributes beyond its globals: module-level __getattr__ and __dir__
# (PEP 562) for attribute access, getattr/hasattr, `from m import`, `from m import *`
# via __all__; vars(m) and m.__dict__ as the live globals; m.__class__; del m.attr; the
# AttributeError of a partially initialized module in a circular import.
import sys
import types

import lazy

print(lazy.X, lazy.Y, lazy.Yes, getattr(lazy, "Z", "default"), hasattr(lazy, "Yikes"))
print(dir(lazy))
from lazy import Ylong

print(Ylong, lazy.computed)
try:
    lazy.Q
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazy import Q
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])

d = vars(lazy)
d["W"] = 5
lazy.V = 6
print(lazy.W, d["V"], lazy.__dict__ is d, "X" in d, sorted(k for k in d if not k.startswith("_")))
del lazy.V
print("V" in d, hasattr(lazy, "V"))
try:
    del lazy.V
except AttributeError as e:
    print("AttributeError:", e)
print(lazy.__class__, type(lazy) is types.ModuleType, isinstance(lazy, types.ModuleType))
print(sys.modules[__name__].__dict__ is globals(), vars(sys) is sys.__dict__)

m = types.ModuleType("fresh", "a docstring")
m.a = 1
print(m, m.__doc__, m.__name__, vars(m)["a"])
from star import *

print(PLAIN, Yall)

import halfway

print(halfway.LATE)
