# Circular references are detected; check_circular=False and depth are guarded.
import json

node = {"name": "root", "children": []}
node["children"].append({"name": "leaf", "parent": node})
try:
    json.dumps(node)
except ValueError as e:
    print("ValueError:", e)

items = [1, 2]
items.append(items)
try:
    json.dumps(items)
except ValueError as e:
    print("ValueError:", e)

shared = [1, 2]
print(json.dumps({"a": shared, "b": shared, "c": [shared, shared]}))


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)

print(json.dumps([[[[[[]]]]]]))
