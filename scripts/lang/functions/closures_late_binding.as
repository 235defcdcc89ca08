# Checks: closures bind variables, not values — functions created in a loop all see the final
# value, unless the value is captured with a default argument or a factory.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make(i):
    return lambda: i
funcs = [make(i) for i in range(3)]
print([f() for f in funcs])
def loop_closures():
    result = []
    for n in range(3):
        def show():
            return n
        result.append(show)
    n = 99
    return result
print([f() for f in loop_closures()])
x = 1
get_x = lambda: x
x = 2
print(get_x())
