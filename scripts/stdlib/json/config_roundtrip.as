# A service reads its JSON configuration, applies defaults and writes it back sorted.
import json

raw = """
{
  "service": "billing",
  "port": 8080,
  "debug": false,
  "ratio": 0.1,
  "workers": [ {"name": "w1", "threads": 4}, {"name": "w2", "threads": 8} ],
  "owner": null,
  "tags": ["prod", "eu-west"]
}
"""

config = json.loads(raw)
print(type(config).__name__, sorted(config))
defaults = {"timeout": 30.0, "retries": 3, "debug": True}
merged = {**defaults, **config}
merged["workers"].append({"name": "w3", "threads": 2})
print("total threads:", sum(w["threads"] for w in merged["workers"]))
print(json.dumps(merged, sort_keys=True))
print(json.dumps(merged, indent=2, sort_keys=True))
print(json.dumps(merged["workers"], separators=(",", ":")))
assert json.loads(json.dumps(merged)) == merged
print("round trip ok")
