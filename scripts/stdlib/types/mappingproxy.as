# MappingProxyType exposes a registry read-only: reads see later changes to the dict, writes
# fail as in CPython.
from types import MappingProxyType

_handlers = {"get": "handle_get"}
handlers = MappingProxyType(_handlers)
print(handlers, repr(handlers), len(handlers))
_handlers["post"] = "handle_post"
print(handlers["post"], "post" in handlers, list(handlers), handlers.get("put", "none"))
print(list(handlers.keys()), list(handlers.values()), list(handlers.items()))
try:
    handlers["delete"] = "nope"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del handlers["get"]
except TypeError as e:
    print(type(e).__name__, e)
copy = handlers.copy()
copy["x"] = 1
print(sorted(copy), sorted(handlers), handlers == _handlers)
print(handlers | {"patch": "handle_patch"})
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
