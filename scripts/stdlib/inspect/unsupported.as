# Built-ins' signatures and source code: what a script can rely on either way.
import inspect


def f():
    pass


try:
    inspect.signature(f).bind(1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.isbuiltin(print), inspect.isroutine(print), inspect.isfunction(print))
inspect.signature(f).bind(x=1)
