# Checking which modules are loaded through sys.modules.
import sys
import os

print("sys" in sys.modules, "os" in sys.modules)
print(sys.modules["os"] is os)
print(sys.modules.get("not_a_module") is None)
import io
print("io" in sys.modules, type(sys.modules["io"]).__name__)
print(isinstance(sys.path, list))
try:
    sys.modules["nope"]
except KeyError as e:
    print("KeyError", e)
