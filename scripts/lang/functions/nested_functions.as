# Checks: functions defined inside functions, shadowing of names, functions as values
# (stored in lists/dicts, passed as arguments), and __name__ of nested functions.
def outer(x):
    def helper(y):
        return y * 2
    def other(y):
        return helper(y) + x
    return other(x)
print(outer(5))
def apply(fn, *args):
    return fn(*args)
print(apply(len, "hello"), apply(max, 3, 7, 5), apply(lambda: "nullary"))
def twice(fn):
    def run(v):
        return fn(fn(v))
    return run
inc = lambda v: v + 1
print(twice(inc)(0), twice(twice(inc))(0))
print(twice(inc).__name__, outer.__name__)
table = {"len": len, "upper": str.upper, "rev": lambda s: s[::-1]}
for name, fn in table.items():
    print(name, fn("abc"))
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2, 3])
print(shadow(), len([1, 2, 3]))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return [add, sub]
print([op(10, 3) for op in make_ops()])
