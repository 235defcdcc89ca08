"""The importlib module: import_module, the import statement as a function, for programs
that choose a module at run time (plugins, settings naming a class). reload is refused
(a module runs once here), and the submodules (importlib.util, importlib.machinery, ...)
are not provided."""

import sys
from _unsupported import refusing


def import_module(name, package=None):
    """Import the module name (relative to package when it starts with dots) and return
    it, not its top-level package as __import__ does."""
    level = len(name) - len(name.lstrip("."))
    if level:
        if not package:
            raise TypeError(
                f"the 'package' argument is required to perform a relative import for {name!r}")
        bits = package.rsplit(".", level - 1)
        if len(bits) < level:
            raise ImportError("attempted relative import beyond top-level package")
        name = f"{bits[0]}.{name[level:]}" if name[level:] else bits[0]
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: imports look at the files each time a module is first imported."""


reload = refusing("importlib.reload", "a module's body runs only once")
