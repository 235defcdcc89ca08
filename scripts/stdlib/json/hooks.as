# Decoding with object_hook, object_pairs_hook and number parsing hooks.
import json

text = '{"user": {"name": "ana", "age": 41}, "balance": 10.25, "scores": [1, 2.5, 3e2], "dup": 1, "dup": 2}'


class User:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def __repr__(self):
        return f"User({self.name!r}, {self.age})"


def as_user(d):
    if set(d) == {"name", "age"}:
        return User(d["name"], d["age"])
    return d


print(json.loads(text, object_hook=as_user))
print(json.loads(text, object_pairs_hook=list))
print(json.loads(text, parse_float=lambda s: "float:" + s))
print(json.loads(text, parse_int=lambda s: int(s) * 100))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda name: name.lower()))
decoder = json.JSONDecoder(object_hook=as_user)
print(decoder.decode('[{"name": "bo", "age": 7}, {"other": true}]'))
print(json.loads('{"a": {"b": {"c": [[], {}, [{}]]}}}'))
print(json.loads(b'{"bytes": "ok"}'))
print(json.loads('"\\u00e9t\\u00e9 \\ud83c\\udf1e \\"quoted\\" back\\\\slash \\/"'))
