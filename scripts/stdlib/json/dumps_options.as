# json.dumps with each option, a cls, and an encoder whose default() is replaced on the instance.
import json
class E(json.JSONEncoder):
    def default(self, o): return repr(o)
print(json.dumps({"a": {1, 2}} if False else {"a": 1, "b": [1, 2]}, indent=2, sort_keys=True))
print(json.dumps([1, {"x": (1, 2)}], separators=(",", ":")), json.dumps({"k": object}, cls=E))
print(json.dumps({"a": 1}, indent="\t"), json.dumps({"b": float("nan")}), json.dumps("é", ensure_ascii=False))
try:
    json.dumps({"s": {1}})
except TypeError as e:
    print(e)
print(json.dumps({"s": {1}}, default=list), json.dumps({(1, 2): 3}, skipkeys=True))
enc = json.JSONEncoder()
enc.default = lambda o: "inst"
print(enc.encode([object()]))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print(e)
