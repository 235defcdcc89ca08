# Saving and restoring the generator state replays a simulation; seeds of every type.
import random

random.seed(-99)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
again = [random.random() for _ in range(3)]
print(first == again, first)
print(state[0], len(state[1]), state[2])
for seed in [0, 12345678901234567890123, b"bytes", "text", 3.5, True]:
    random.seed(seed)
    print(repr(seed), random.random())
random.seed("x", version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
a, b = random.Random(7), random.Random(7)
print([a.randint(1, 100) for _ in range(4)] == [b.randint(1, 100) for _ in range(4)])
