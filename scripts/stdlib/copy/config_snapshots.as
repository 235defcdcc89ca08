# Configuration snapshots: a shallow copy shares nested settings, a deep copy does not.
import copy

defaults = {"server": {"host": "localhost", "ports": [8000, 8001]}, "debug": False, "tags": ("a", "b")}
shallow = copy.copy(defaults)
deep = copy.deepcopy(defaults)
shallow["debug"] = True
shallow["server"]["ports"].append(8002)
deep["server"]["host"] = "example.org"
print("defaults", defaults)
print("shallow ", shallow)
print("deep    ", deep)
print(shallow["server"] is defaults["server"], deep["server"] is defaults["server"], deep["tags"] is defaults["tags"])
print(copy.copy([1, [2]])[1] is not None, copy.copy({1, 2}), copy.copy((1, 2)) is not None, copy.deepcopy(frozenset({3})))
