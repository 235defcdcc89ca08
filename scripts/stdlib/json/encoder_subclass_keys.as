import json
import datetime

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.date):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

rec = {"when": datetime.date(2024, 3, 1), "ids": {3, 1, 2}, "n": 1}
print(json.dumps(rec, cls=Encoder))
print(Encoder(indent=2, sort_keys=True).encode(rec))
enc = json.JSONEncoder(separators=(",", ":"))
print(enc.encode({"a": [1, 2]}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
try:
    json.dumps({"x": object()}, cls=Encoder)
except TypeError as e:
    print(e)
class Strict(json.JSONEncoder):
    def __init__(self, **kw):
        kw["sort_keys"] = True
        super().__init__(**kw)
print(json.dumps({"z": 1, "a": 2}, cls=Strict))
import io
buf = io.StringIO()
json.dump({"k": [1, 2, 3]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))
print(json.dumps("a" * 3, ensure_ascii=True), json.dumps({"\u2603": "\u2603"}))
print(json.dumps([True, False, None]))
class MyInt(int):
    pass
class MyFloat(float):
    pass
class MyStr(str):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s")]))
print(json.dumps({MyStr("k"): 1}))
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps([Color.RED]), json.dumps({Color.RED: 2}))
