# Checks: chained comparisons evaluate each operand at most once and short-circuit; mixed
# operators in one chain; comparisons across int/float/bool.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 <= 0 < 1 <= 1, 5 > 3 == 3, 1 < 2 in [2])
print("chain:", v(1) < v(2) < v(3))
print("short:", v(3) < v(2) < v(1))
print("mid once:", v(1) < v(5) > v(2))
x = 5
print(0 < x < 10, 0 < x < 3, x == 5.0, 1 == True, 0.5 < x <= 5)
print(1 < 2 == 2 < 3 != 4)
print((1 < 2) < 3, 1 < (2 < 3))
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, a == b is not None)
