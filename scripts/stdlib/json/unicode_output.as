# Writing text with and without ensure_ascii, and the escapes JSON needs.
import json

messages = {"greeting": "héllo wörld", "emoji": "🚀 launch", "cjk": "日本語", "ctrl": "line1\nline2\ttab\x01\x7f", "quote": 'say "hi" \\ back'}
print(json.dumps(messages))
print(json.dumps(messages, ensure_ascii=False))
for key in messages:
    encoded = json.dumps(messages[key])
    assert json.loads(encoded) == messages[key]
    print(key, len(encoded), len(json.dumps(messages[key], ensure_ascii=False)))
print(json.dumps("\u2028\u2029\ufeff"))
print(json.dumps(["", " ", "/"]))
