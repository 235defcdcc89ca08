# Checks: raise X from Y sets __cause__ (and __context__), raise X from None, raising
# a class instead of an instance, raising non-exceptions is a TypeError.
class ConfigError(Exception):
    pass
def load(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("missing port") from e
try:
    load({})
except ConfigError as e:
    print("caught:", repr(e))
    print("cause:", repr(e.__cause__), type(e.__cause__).__name__)
    print("context is cause:", e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__))
try:
    raise IndexError
except IndexError as e:
    print("class raised:", repr(e), e.args)
try:
    raise ValueError("direct") from KeyError("key")
except ValueError as e:
    print(repr(e), "from", repr(e.__cause__), e.__context__)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 1
except TypeError as e:
    print("TypeError:", e)
e = RuntimeError("no cause")
print(e.__cause__, e.__context__)
