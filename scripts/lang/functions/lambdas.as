# Checks: lambdas — arguments, defaults, *args/**kwargs, immediately invoked, as key functions,
# closures over variables, nested lambdas, __name__.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), add(b=5, a=5))
print((lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda x: x % 2, range(10))))
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(10), adder(1)(1))
print(square.__name__, (lambda: 0).__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add5)(1))
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(ops["+"](2, 3), ops["*"](2, 3))
print((lambda x, y=2: x ** y)(3), (lambda: (yield_ := 1))())
