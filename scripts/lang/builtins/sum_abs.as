# Checks: sum with start, of floats, bools, lists (with a list start); abs of ints, floats,
# big ints, bools, and objects with __abs__.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([10 ** 20, 10 ** 20]), sum([-1, -2]), sum(x for x in range(5)))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(-10 ** 30), abs(True), abs(float("-inf")))
class Neg:
    def __abs__(self):
        return "abs called"
print(abs(Neg()))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
