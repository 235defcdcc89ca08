# reversed() of dict views, the dict iterators' class names, length_hint and mutation errors.
import operator
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
its = [reversed(d), iter(d), iter(d.keys()), iter(d.values()), iter(d.items()), reversed(d.values()), reversed(d.items()), reversed(d.keys())]
print([type(i).__name__ for i in its])
r = reversed(d.items())
print(next(r), operator.length_hint(r), list(r))
r = reversed(d.values())
d["z"] = 0
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({}.items())), list(reversed(dict.fromkeys("xyz").keys())))
