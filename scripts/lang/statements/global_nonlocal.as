# Checks: global and nonlocal declarations — rebinding module and enclosing-function variables,
# reading globals without declaration, nonlocal through two levels, global inside nested def.
count = 0
def increment():
    global count
    count += 1
increment()
increment()
print(count)
def read_only():
    return count * 10
print(read_only())
def make_new_global():
    global created
    created = "made inside a function"
make_new_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v += 100
        level3()
    level2()
    level2()
    return v
print(level1())
def shadow():
    count = "local"
    def g():
        global count
        return count
    return count, g()
print(shadow())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulate()
print(acc(5), acc(10), acc(-3))
