# Checks: iter()/next() on builtin iterables, next() with a default, StopIteration when
# exhausted, for loops consuming the rest of a partially used iterator.
it = iter([1, 2, 3])
print(next(it))
print(next(it), next(it))
print(next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
s = iter("abc")
next(s)
for ch in s:
    print("rest", ch)
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(3))
print(list(r), list(r))
z = zip([1, 2], "ab")
print(next(z), list(z))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
m = map(str, [1, 2])
print(next(m), next(m), next(m, "map done"))
g = (i * i for i in range(2))
print(next(g), next(g), next(g, "gen done"))
print(iter(it) is it)
