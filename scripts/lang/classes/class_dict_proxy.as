# Checks: a class's __dict__ (and vars(cls)) is a read-only mappingproxy, the class of
# types.MappingProxyType: reads, iteration in definition order, membership, get/keys/
# items, copying into a dict, | with a dict, and the TypeError of assigning or deleting
# through it (setattr is the way to change a class); the reprs of classmethod and
# staticmethod objects found in it.
import types


class Config:
    """Settings."""

    debug = False
    level = 3

    def show(self):
        return f"{self.debug} {self.level}"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def version():
        return "1.0"


ns = Config.__dict__
print(type(ns).__name__, type(ns) is types.MappingProxyType, vars(Config) == ns)
print(ns["level"], "show" in ns, ns.get("missing", "-"), ns["__doc__"], ns["__module__"])
print([k for k in ns if not k.startswith("__")])
print([k for k, v in ns.items() if isinstance(v, (classmethod, staticmethod))])
print(sorted(k for k in ns.keys() if not k.startswith("__")), len(ns) == len(dict(ns)))
for stmt in ["ns['level'] = 4", "del ns['level']", "ns.clear()", "ns.update(a=1)"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(f"{stmt}: {type(e).__name__}: {e}")
setattr(Config, "level", 5)
print(Config.__dict__["level"], Config().show())
merged = Config.__dict__ | {"extra": 1}
print(type(merged).__name__, merged["extra"], merged["level"])
print(repr(Config.__dict__["make"]).split(" at ")[0], repr(Config.__dict__["version"]).split(" at ")[0])
print(staticmethod(len), classmethod(len))
print(type(int.__dict__).__name__, "__add__" in int.__dict__, "bit_length" in vars(int))
proxy = types.MappingProxyType({"b": 2, "a": 1})
print(proxy, str(proxy), proxy == {"a": 1, "b": 2}, list(reversed(proxy)), proxy.copy())
print(types.MappingProxyType[str, int])
