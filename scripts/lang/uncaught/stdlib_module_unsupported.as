# asyncscript-only: CPython has the decimal module; asyncscript says it does not support it
# Importing a module of CPython's standard library that asyncscript lacks is a
# ModuleNotFoundError that says so; an unknown module keeps CPython's plain message.
try:
    import numpy_not_installed
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import json.nope
except ModuleNotFoundError as e:
    print(e)
from decimal import Decimal
