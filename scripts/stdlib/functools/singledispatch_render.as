from functools import singledispatch


@singledispatch
def render(value):
    return f"<{type(value).__name__}>"


@render.register
def _(value: int):
    return f"int:{value}"


@render.register
def _(value: list):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register(dict)
def _(value):
    return "{" + ", ".join(f"{k}={render(v)}" for k, v in value.items()) + "}"


class Money(float):
    pass


@render.register(float)
def _(value):
    return f"{value:.2f}"


print(render(3), render(True), render(2.5), render(Money(3)))
print(render([1, [2, 3], "x"]), render({"a": 1, "b": [4.0]}))
print(render.dispatch(bool).__name__, render.dispatch(str) is render.registry[object])
try:
    render()
except TypeError as e:
    print(type(e).__name__, e)
