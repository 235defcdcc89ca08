# Checks: true division by zero (len of an empty list), uncaught, inside a function.
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(average([]))
