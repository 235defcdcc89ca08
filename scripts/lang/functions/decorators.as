# Checks: function decorators — a decorator is called with the function at definition time,
# stacked decorators apply bottom-up, decorators with arguments.
def trace(fn):
    print("decorating", fn.__name__)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print("defined add")
add(2, 3)
add(a=1, b=1)
def tag(name):
    def deco(fn):
        def wrapped():
            return f"<{name}>{fn()}</{name}>"
        return wrapped
    return deco
@tag("b")
@tag("i")
def text():
    return "hello"
print(text())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(registry, one(), two())
