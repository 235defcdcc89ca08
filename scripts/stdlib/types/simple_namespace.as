# SimpleNamespace as a lightweight config object: repr, equality, attribute updates, vars().
from types import SimpleNamespace

defaults = SimpleNamespace(host="localhost", port=8080, debug=False)
print(defaults)
override = SimpleNamespace(**{**vars(defaults), "port": 9090, "workers": 4})
print(override)
print(override.port, override.workers, hasattr(override, "timeout"))
override.timeout = 2.5
del override.debug
print(override)
print(SimpleNamespace(host="localhost", port=8080, debug=False) == defaults, defaults == override)
print(SimpleNamespace() == SimpleNamespace(), SimpleNamespace(a=1) != SimpleNamespace(a=2))
nested = SimpleNamespace(db=SimpleNamespace(url="sqlite://", pool=[1, 2]), name="svc")
print(nested)
print(nested.db.url, sorted(vars(nested)))
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    nested.missing
except AttributeError as e:
    print(type(e).__name__, e)


class Point(SimpleNamespace):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(x=3, y=4)
print(p, p.norm(), p == SimpleNamespace(x=3, y=4))
