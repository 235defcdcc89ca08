# asyncscript-only: imports a module of the interpreter's own library written in asyncscript
import _pymodules_selftest
from _pymodules_selftest import double

print(_pymodules_selftest.loaded, double(21))
print(_pymodules_selftest.__name__)
