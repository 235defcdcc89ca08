# Checks: __call__ makes instances callable; callable() on classes, instances, functions;
# callable objects used as key functions and with map.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, extra=0):
        self.calls += 1
        return x * self.factor + extra
triple = Multiplier(3)
print(triple(5), triple(5, extra=1), triple.calls)
print(list(map(triple, [1, 2, 3])), triple.calls)
print(sorted([3, -4, 1], key=Multiplier(-1)))
print(callable(triple), callable(Multiplier), callable(len), callable(5), callable("s"))
class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
