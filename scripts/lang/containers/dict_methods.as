# Checks: get, keys/values/items (and their list()/len/in), pop with default, popitem (LIFO),
# setdefault, update (dict, pairs, kwargs), copy (shallow), clear; live key views.
d = {"one": 1, "two": 2, "three": 3}
print(d.get("one"), d.get("four"), d.get("four", 4), d.get("one", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "two" in d.keys(), 2 in d.values(), ("one", 1) in d.items())
print(d.pop("two"), d.pop("missing", "dflt"), d)
d["four"] = 4
d["five"] = 5
print(d.popitem(), d.popitem(), d)
print(d.setdefault("one", 100), d.setdefault("six", 6), d.setdefault("seven"), d)
d.update({"one": "uno", "eight": 8})
d.update([("nine", 9)])
d.update(ten=10, one="eins")
print(d)
c = d.copy()
c["one"] = "changed"
print(d["one"], c["one"])
inner = {"lst": [1]}
shallow = inner.copy()
shallow["lst"].append(2)
print(inner)
c.clear()
print(c, len(c))
keys = d.keys()
d["late"] = True
print("late" in keys, len(keys))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
