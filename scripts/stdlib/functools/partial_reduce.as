from functools import partial, reduce
import operator


def power(base, exp):
    return base ** exp


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(2), square.func is power, square.args, square.keywords)
basetwo = partial(int, base=2)
print(basetwo("1011"), partial(max, 3)(1, 2))
print(partial(max, 1, key=abs))
nested = partial(partial(power, 2), 10)
print(nested(), nested.args)
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + [b * 2], [1, 2, 3], []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
