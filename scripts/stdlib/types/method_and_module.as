# Binding a function to an object with MethodType, and building a module of plugins at
# run time with ModuleType.
import types


class Counter:
    def __init__(self):
        self.n = 0


def increment(self, by=1):
    self.n += by
    return self.n


c = Counter()
c.increment = types.MethodType(increment, c)
c.increment()
print(c.increment(5), c.increment.__self__ is c, c.increment.__func__ is increment)
other = Counter()
print(hasattr(other, "increment"))
try:
    types.MethodType(42, c)
except TypeError as e:
    print(type(e).__name__, e)

plugins = types.ModuleType("plugins", "Run-time plugins.")
plugins.greet = lambda name: f"hello {name}"
plugins.VERSION = (1, 2)
print(plugins.__name__, plugins.__doc__, plugins.greet("ada"), plugins.VERSION)
print(isinstance(plugins, types.ModuleType), [k for k in dir(plugins) if not k.startswith("__")])
