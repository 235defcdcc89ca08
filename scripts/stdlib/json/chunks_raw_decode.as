import json
import sys

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)

r = Recorder()
json.dump({"a": [1, 2.5, None], "b": {"c": True}, "d": "x"}, r)
print(r.calls)
r = Recorder()
json.dump([{"k": 1}, [], {}], r, indent=2, sort_keys=True)
print(r.calls)
print(list(json.JSONEncoder(indent=1).iterencode({"a": [1, {"b": 2}]})))
enc = json.JSONEncoder(sort_keys=True)
for chunk in enc.iterencode({"z": [1, 2], "a": "s"}):
    print(repr(chunk))
dec = json.JSONDecoder()
text = '{"a": 1} {"b": [2, 3]}   "tail"'
pos = 0
while pos < len(text):
    while text[pos] == " ":
        pos += 1
    obj, pos = dec.raw_decode(text, pos)
    print(obj, pos)
try:
    dec.raw_decode("[1, 2", 0)
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
from json import JSONDecodeError
print(JSONDecodeError.__module__, JSONDecodeError.__name__)
try:
    json.loads('{"x": }')
except ValueError as e:
    print(type(e).__name__, e.args)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return repr(o)
print(json.dumps({"o": object, "r": range(3)}, cls=E))
print(json.dumps({"nested": {"deep": [[[]]]}}, indent=4))
try:
    json.dump({"ok": 1, "bad": {1, 2}, "after": 2}, sys.stdout)
except TypeError as e:
    print()
    print("TypeError:", e)
import json
for kw in ({}, {"indent": 2}):
    try:
        json.dumps([float("nan")], allow_nan=False, **kw)
    except ValueError as e:
        print(e)
from json.decoder import JSONDecodeError
import json.encoder
print(JSONDecodeError)
print(json.encoder.encode_basestring_ascii("é"))
import json
d = {"a": [1, {"b": [2, [3, {"c": {}}]], "e": []}], "f": {"g": {"h": [None]}}}
for ind in (None, 2, "\t", 0):
    print(list(json.JSONEncoder(indent=ind, sort_keys=True).iterencode(d)))
    print("".join(json.JSONEncoder(indent=ind).iterencode(d)) == json.dumps(d, indent=ind))
