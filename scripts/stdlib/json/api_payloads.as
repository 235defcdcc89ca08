# Validating API payloads: type checks on decoded JSON and error messages for clients.
import json

SCHEMA = {"name": str, "quantity": int, "price": float, "tags": list}


def validate(payload):
    try:
        data = json.loads(payload)
    except json.JSONDecodeError as e:
        return {"ok": False, "error": f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}"}
    if not isinstance(data, dict):
        return {"ok": False, "error": f"expected an object, got {type(data).__name__}"}
    problems = []
    for field, kind in SCHEMA.items():
        if field not in data:
            problems.append(f"missing {field}")
        elif not isinstance(data[field], kind):
            problems.append(f"{field} must be {kind.__name__}, not {type(data[field]).__name__}")
    return {"ok": not problems, "problems": problems}


payloads = [
    '{"name": "pen", "quantity": 3, "price": 1.5, "tags": []}',
    '{"name": "pen", "quantity": "3", "price": 1, "tags": {}}',
    '[1, 2]',
    '{"name": "pen",\n "quantity": 3\n "price": 1.5}',
    '{"name": "caf\\u00e9"}',
]
for p in payloads:
    print(json.dumps(validate(p), ensure_ascii=False))
