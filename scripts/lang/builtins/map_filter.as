# Checks: map with one and several iterables (stops at shortest), with builtins and lambdas;
# filter with a function and with None; both are lazy single-pass iterators.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(map(int, "123")), list(map(str.upper, ["a", "b"])), sum(map(int, ["4", "5"])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(str.isdigit, "a1b2c3")))
calls = []
def noisy(x):
    calls.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print("created, calls so far:", calls)
print(next(m), calls)
print(list(m), list(m), calls)
f = filter(lambda s: s, ["x", "", "y"])
print(list(f), list(f))
print(list(map(lambda p: p[0] + p[1], zip("ab", "cd"))))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
