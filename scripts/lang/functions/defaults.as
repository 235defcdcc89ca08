# Checks: default parameter values — evaluated once at definition time, overridden
# positionally or by keyword, defaults referring to earlier globals.
base = 10
def f(a, b=2, c=base * 2):
    return (a, b, c)
base = 999
print(f(1), f(1, 3), f(1, c=5), f(1, 3, 4), f(a=0))
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Bye"))
def counter(start=0, step=1, stop=5):
    return list(range(start, stop, step))
print(counter(), counter(2), counter(step=2), counter(stop=2))
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default(), none_default([0]))
print(f(None), f(*"ab"))
