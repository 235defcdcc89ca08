# Checks: sys.modules as a script edits it: a module object put under a name is what
# `import name` and `from name import x` find (a stand-in module, the trick tests use),
# and a module deleted from it runs again on the next import, as a new module object;
# deleting a missing name is a KeyError.
import sys
import types

stub = types.ModuleType("settings", "Stand-in settings.")
stub.DEBUG = True
sys.modules["settings"] = stub
import settings
from settings import DEBUG

print(settings is stub, DEBUG, settings.__doc__, "settings" in sys.modules)

import counter

first = counter
import counter

print(counter is first, counter.runs)
del sys.modules["counter"]
print("counter" in sys.modules)
import counter

print(counter is first, counter.runs, sys.modules["counter"] is counter)
try:
    del sys.modules["never_imported"]
except KeyError as e:
    print("KeyError:", e)
