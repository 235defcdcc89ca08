# asyncscript-only: sys.implementation names asyncscript, where CPython says cpython
import sys

print(sys.implementation.name)
print(sys.implementation.cache_tag)
print(sys.implementation.version[:2])
