# Checks: importlib.import_module, the import statement as a function (a plugin loader
# choosing modules by name): absolute and relative names, a module imported once, the
# module itself returned (not its top-level package), and its errors.
import importlib
import sys

for name in ["plugins.alpha", "plugins.beta", "plugins.alpha"]:
    mod = importlib.import_module(name)
    print(name, "->", mod.__name__, mod.run(1))
import plugins

print(plugins.LOADED, sys.modules["plugins.beta"] is importlib.import_module(".beta", "plugins"))
print(importlib.import_module("..alpha", package="plugins.beta").__name__)
print(importlib.import_module("json").dumps({"a": 1}))
for args in [(".alpha",), ("...x", "plugins.beta"), ("",), ("plugins.gamma",), ("nosuch",)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(f"{args}: {type(e).__name__}: {e}")
importlib.invalidate_caches()
