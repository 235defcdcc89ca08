# Binding errors and the predicates on built-ins; a call that does not fit ends the program.
import inspect


def f():
    pass


try:
    inspect.signature(f).bind(1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.isbuiltin(print), inspect.isroutine(print), inspect.isfunction(print))
try:
    inspect.signature(f).bind(x=1)
except TypeError as e:
    raise TypeError(f"bad call of f: {e}") from None
