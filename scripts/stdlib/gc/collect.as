# Scripts that tune or trigger the collector around a batch job.
import gc


class Node:
    def __init__(self):
        self.other = None


def batch():
    for _ in range(1000):
        a, b = Node(), Node()
        a.other, b.other = b, a


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
batch()
found = gc.collect()
print(isinstance(found, int), found >= 0)
gc.enable()
print(gc.isenabled(), gc.collect(0) >= 0, gc.collect(generation=1) >= 0, gc.garbage)
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("2")
except TypeError as e:
    print("TypeError:", e)
