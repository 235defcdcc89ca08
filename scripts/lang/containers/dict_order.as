# Checks: dicts preserve insertion order; updating an existing key keeps its position; a
# deleted and re-inserted key moves to the end; iteration yields keys.
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 100
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d), list(d.values()))
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(f"{key}={value}", end=" ")
print()
x = d.pop("mid")
d["mid"] = x
print(list(d.items()))
nums = {3: "c", 1: "a", 2: "b"}
print(nums, sorted(nums), list(reversed(list(nums))))
print(list(reversed(nums)), list(reversed(list(nums.items()))))
print({**nums, 1: "A", 0: "z"})
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
