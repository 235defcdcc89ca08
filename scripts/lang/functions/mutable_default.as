# Checks: a mutable default value is created once and shared across calls.
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to(4))
def memo(n, cache={}):
    if n in cache:
        print("cache hit", n)
        return cache[n]
    cache[n] = n * n
    return cache[n]
print(memo(3), memo(4), memo(3))
print(memo(4), memo(5))
def counter(state={"calls": 0}):
    state["calls"] += 1
    return state["calls"]
print(counter(), counter(), counter({"calls": 100}), counter())
