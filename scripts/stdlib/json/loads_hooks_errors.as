import json
from collections import OrderedDict

s = '{"b": 2, "a": [1, 2.5, "x", null, true, false], "c": {"d": -1e3}}'
print(json.loads(s))
print(json.loads(s, object_pairs_hook=OrderedDict))
print(json.loads(s, object_pairs_hook=list))
print(json.loads(s, parse_float=str))
print(json.loads(s, parse_int=lambda t: int(t) * 10))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: "const:" + c))
def hook(d):
    if "__complex__" in d:
        return complex(d["re"], d["im"])
    return d


print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'))
print(json.loads(' \n [1 , 2 ] \n'))
print(json.loads('{"a": 1, "a": 2}'))
print(repr(json.loads('""')), json.loads('123'), json.loads('-0.0'), json.loads('1E+2'))
print(json.loads(b'{"bytes": "ok"}'))
bad = ['{"a": 1,}', '[1, 2', '{"a" 1}', '', 'nul', '[1] x', '{"a": "\\x"}', "{'a': 1}",
       '"abc', '[01]', '{"a":1}}', '\n\n  [1,\n  2,,]', '"\x01"', '[-]', '1.', '{1: 2}']
for b in bad:
    try:
        json.loads(b)
    except json.JSONDecodeError as e:
        print(repr(b), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"\x01"', strict=False) == "\x01")
try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.decode('[1,2]'))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)
