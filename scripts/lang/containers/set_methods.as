# Checks: add, discard, remove (KeyError), update, clear, copy,
# set comprehensions, and iteration over a set of small ints.
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.discard(3)
s.discard(42)
print(s)
s.update([5, 6], {7}, range(2))
print(s)
s.remove(5)
print(s)
try:
    s.remove(5)
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove("name")
except KeyError as e:
    print("KeyError:", e)
t = s.copy()
t.add(100)
print(100 in s, 100 in t)
s.clear()
print(s, len(s), bool(s))
print(sorted({x * x for x in range(-3, 4)}), {x * x for x in range(3)})
print(sorted({w[0] for w in ["apple", "avocado", "banana", "cherry", "blueberry"]}))
print({n % 5 for n in range(20) if n % 2})
total = 0
for n in {1, 2, 3}:
    total += n
print(total)
