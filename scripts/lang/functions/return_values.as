# Checks: return with no value, with a value, with a tuple (packing), early returns from loops,
# return inside nested blocks, and code after return not running.
def none_implicit():
    x = 1
def none_explicit():
    return
def pair():
    return 1, 2
def first_even(nums):
    for n in nums:
        if n % 2 == 0:
            return n
    return None
def nested(n):
    while True:
        for i in range(n):
            if i == 3:
                return "found 3"
        return "no 3"
def after():
    return "returned"
    print("never printed")
print(none_implicit(), none_explicit(), pair(), type(pair()))
a, b = pair()
print(a + b)
print(first_even([1, 3, 6, 8]), first_even([1, 3]))
print(nested(10), nested(2), after())
def multiple_exits(x):
    if x < 0:
        return "neg"
    if x == 0:
        return "zero"
    return "pos"
print([multiple_exits(v) for v in (-1, 0, 1)])
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
