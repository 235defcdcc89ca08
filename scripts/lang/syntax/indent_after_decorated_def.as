# A decorated function with no indented body.
def deco(f):
    return f
@deco
def f():
pass
