# Validating user-supplied JSON documents and reporting where each one is broken.
import json

documents = [
    '{"id": 1, "name": "ok"}',
    '',
    '{"id": 1 "name": "x"}',
    '[1, 2, 3,]',
    '{"id": 1,}',
    '{id: 1}',
    '{"id" 1}',
    '"unterminated',
    '{"a": 1} {"b": 2}',
    '[1, 2\n, 3\n, oops]',
    '"bad \\x escape"',
    '"bad \\u12 escape"',
    '"tab\there"',
    '  \n  ',
    'nul',
    '-',
    '[01]',
]

for doc in documents:
    try:
        value = json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r:28} -> {type(e).__name__}: {e}")
        print(f"{'':28}    msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
    else:
        print(f"{doc!r:28} -> {value!r}")

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(42)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('"tab\there"', strict=False))
