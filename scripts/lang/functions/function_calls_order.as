# Checks: evaluation order of a call — the callee first, then positional arguments left to
# right, then keyword arguments left to right; default values are not re-evaluated.
def log(label, v=None):
    print("eval", label)
    return v
def target(*args, **kwargs):
    return args, kwargs
print(log("callee", target)(log("a", 1), log("b", 2), k=log("k", 3), j=log("j", 4)))
print(log("callee", target)(*log("star", [1]), log("after", 2), **log("dstar", {"x": 1})))
d = {}
d[log("key")] = log("value")
print(d)
print([log(i, i) for i in range(3)])
print(log("left", 1) + log("right", 2) * log("rr", 3))
