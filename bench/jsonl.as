# Benchmark: JSON-lines of nested records — encoded with the json module and with a hand-written
# encoder, parsed back with json.loads, then summarised.
import json


def make_record(i):
    return {
        "id": i,
        "name": "user%d" % i,
        "active": i % 3 == 0,
        "score": i * 1.5,
        "tags": ["t%d" % (i % 7), "g%d" % (i % 5)],
        "address": {"city": "c%d" % (i % 11), "zip": 10000 + i, "geo": [i * 0.5, -i * 0.25]},
        "note": None,
    }


def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, list):
        return "[" + ", ".join([encode(x) for x in v]) + "]"
    if isinstance(v, dict):
        parts = []
        for k, x in v.items():
            parts.append(encode(k) + ": " + encode(x))
        return "{" + ", ".join(parts) + "}"
    raise TypeError(type(v).__name__)


def main():
    records = [make_record(i) for i in range(6000)]
    lines = [json.dumps(r) for r in records]
    hand = [encode(r) for r in records]
    same = sum(1 for a, b in zip(lines, hand) if a == b)
    total = 0
    cities = {}
    for line in hand:
        r = json.loads(line)
        total += r["address"]["zip"] + len(r["tags"])
        city = r["address"]["city"]
        cities[city] = cities.get(city, 0) + 1
    size = sum(len(s) for s in lines)
    print(same, total, size, sorted(cities.items())[:3])


main()
