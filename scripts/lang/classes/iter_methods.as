# Checks: __iter__ / __next__ — a class iterator used by for, list(), sum(), `in`, unpacking,
# zip; an iterable whose __iter__ returns a separate iterator object (re-iterable).
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print("tick", n)
print(list(Countdown(5)), sum(Countdown(4)))
it = Countdown(2)
print(list(it), list(it))
a, b, c = Countdown(3)
print(a, b, c)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration()
        self.i += 1
        return self.i * 2
r = Range2(3)
print(list(r), list(r), 4 in r, 5 in r, max(r), sorted(r, reverse=True))
print(list(zip(Range2(3), Countdown(5))), dict(zip("abc", Range2(3))))
print([x for x in Countdown(3) if x != 2])
itr = iter(Range2(2))
print(next(itr), next(itr), next(itr, "done"))
