# Checks: NameError and UnboundLocalError messages — undefined global, undefined inside a
# function, local referenced before assignment (read and augmented assignment), deleted name.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e, "| is NameError:", isinstance(e, NameError))
show(lambda: undefined_name)
def uses_later_local():
    print(x)
    x = 1
show(uses_later_local)
def aug():
    counter += 1
show(aug)
def cond(flag):
    if flag:
        y = 1
    return y
print(cond(True))
show(lambda: cond(False))
def deleted():
    z = 1
    del z
    return z
show(deleted)
x = "global"
def shadowed():
    s = x
    x = "local"
show(shadowed)
def nested():
    w = 1
    def inner():
        return w + 1
    del w
    return inner()
show(nested)
show(lambda: print(undefined_in_args))
