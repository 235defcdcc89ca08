# Floats, big ints and special values exactly as Python writes them.
import json

values = [0.1, 0.1 + 0.2, 1e16, 1e-7, 123456789.0, -0.0, 2.5e-300, 1.7976931348623157e308, 10**30, -7, True, None]
print(json.dumps(values))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps([1.0, float("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1.5: "a", 2: "b", True: "c", None: "d", "e": 1}))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
print(json.loads("[1.0, 1e400, -1e400, 12345678901234567890, 1E2, 0.5e-1]"))
print(json.dumps(3.0), json.dumps(100.0), json.dumps(1e22), json.dumps(1 / 3))
