# JSON throughput: encode and decode a list of records many times (not named json.as: the
# script directory comes first on the module path, and a json.as there would shadow the json module).
import json

records = [{"id": i, "name": f"user{i}", "score": i * 0.5, "tags": ["a", "b", "c"][: i % 4], "active": i % 2 == 0, "meta": None} for i in range(2000)]
total = 0
for _ in range(10):
    text = json.dumps(records)
    back = json.loads(text)
    total += len(text) + len(back)
print(total, json.dumps(records[:2], indent=2)[:40])
