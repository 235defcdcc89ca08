# iter(callable, sentinel): call until the sentinel comes back. Reading fixed-size chunks
# from a buffer, draining a queue, and a stateful counter object.
from functools import partial


class Buffer:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk


buf = Buffer("abcdefghij")
print(list(iter(partial(buf.read, 3), "")))

queue = [3, 1, 4, None, 5]
it = iter(lambda: queue.pop(0), None)
print(type(it).__name__, list(it), queue)
print(list(it))


class Dice:
    def __init__(self, rolls):
        self.rolls = iter(rolls)

    def __call__(self):
        return next(self.rolls)


for roll in iter(Dice([2, 5, 3, 6, 1]), 6):
    print("rolled", roll)

try:
    iter(42, 0)
except TypeError as e:
    print(e)
try:
    list(iter(lambda: 1 / 0, 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
