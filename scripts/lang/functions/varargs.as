# Checks: *args collects extra positionals into a tuple, **kwargs collects extra keywords into a
# dict preserving order; forwarding both to another function.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()))
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(z=26, a=1, m=13), type(g()))
def h(first, *args, last="L", **kwargs):
    return f"first={first} args={args} last={last} kwargs={kwargs}"
print(h(1))
print(h(1, 2, 3))
print(h(1, 2, last="X", extra=True))
print(h(first=0, other=1))
def wrapper(*args, **kwargs):
    print("wrapper got", args, kwargs)
    return h(*args, **kwargs)
print(wrapper(10, 20, last="Z", k="v"))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)))
def show(**options):
    for key, value in options.items():
        print(" ", key, "=", value)
show(color="red", size=10, visible=False)
