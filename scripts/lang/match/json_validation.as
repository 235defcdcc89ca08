# Validating JSON-shaped records with mapping patterns: required keys, nested shapes, value
# types checked with class patterns, and **rest for the unexpected keys.
import json

documents = '''[
  {"type": "user", "name": "ada", "age": 36, "tags": ["admin", "ops"]},
  {"type": "user", "name": "bob", "age": "old"},
  {"type": "order", "id": 17, "items": [{"sku": "A1", "qty": 2}, {"sku": "B2", "qty": 1}]},
  {"type": "order", "id": 18, "items": []},
  {"type": "user", "name": "eve", "age": 29, "admin": true, "note": null},
  {"type": "event", "at": [2024, 5, 17], "what": "launch"},
  {"type": "event", "at": [2024, 5], "what": "partial"},
  {"name": "no type"},
  ["not", "an", "object"],
  42
]'''


def validate(doc):
    match doc:
        case {"type": "user", "name": str(name), "age": int(age), **rest} if age >= 0:
            extra = f" extra={sorted(rest)}" if rest else ""
            return f"user {name} ({age}){extra}"
        case {"type": "user", "name": str(name), "age": bad}:
            return f"user {name}: age must be an int, not {type(bad).__name__}"
        case {"type": "order", "id": int(oid), "items": [_, *_] as items}:
            total = 0
            for item in items:
                match item:
                    case {"sku": str(), "qty": int(q)} if q > 0:
                        total += q
                    case _:
                        return f"order {oid}: bad item {item}"
            return f"order {oid}: {len(items)} lines, {total} units"
        case {"type": "order", "id": oid, "items": []}:
            return f"order {oid}: empty"
        case {"type": "event", "at": [int(y), int(m), int(d)], "what": what}:
            return f"event {what} on {y:04d}-{m:02d}-{d:02d}"
        case {"type": "event", "at": list(parts)}:
            return f"event with incomplete date {parts}"
        case {"type": kind}:
            return f"unknown record type {kind}"
        case {}:
            return f"record without type: {doc}"
        case [*values]:
            return f"array of {len(values)}"
        case _:
            return f"scalar {doc!r}"


for doc in json.loads(documents):
    print(validate(doc))
