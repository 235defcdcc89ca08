import json

data = {"name": "Widget", "tags": ["a", "b"], "price": 12.5, "stock": None, "ok": True,
        "nested": {"z": 1, "a": [1, 2, {"k": "v"}]}, "empty_list": [], "empty_obj": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3, []]], {}], indent=3))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=None, separators=(", ", ": ")))
print(json.dumps("héllo wörld ☃ 😀"))
print(json.dumps("héllo wörld ☃ 😀", ensure_ascii=False))
print(json.dumps("\x00\x1f\t\n\r\"\\/\x7f"))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "x": 1}, skipkeys=True))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(b"bytes")
except TypeError as e:
    print("TypeError:", e)
print(json.dumps((1, 2, 3)))
print(json.dumps(1e100), json.dumps(1.0), json.dumps(-0.0), json.dumps(123456789012345678901234567890))
print(json.dumps(3.141592653589793), json.dumps(0.1 + 0.2))
print(json.dumps({"a": 1}, indent=2, separators=(",", " = ")))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda o: {"x": o.x, "y": o.y}))
print(json.dumps({"p": Point(1, 2)}, default=vars, indent=1))
