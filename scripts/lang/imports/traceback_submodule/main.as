# Checks: an uncaught exception raised in a submodule: the traceback names each module's
# file and line (CPython prints the modules' absolute paths, as asyncscript does).
from calc import ops

print(ops.safe_div(6, 3))
print(ops.safe_div(1, 0))
