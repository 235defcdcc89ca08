# Checks: dict comprehensions — key/value expressions, conditions, duplicate keys (last wins),
# nested comprehension, building from items().
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
lengths = {w: len(w) for w in "the quick brown fox".split()}
print(lengths)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
nested = {k: {i: i * k for i in range(k)} for k in range(1, 4)}
print(nested)
print({str(i): [j for j in range(i)] for i in range(3)})
print({x % 3: x for x in range(10)})
