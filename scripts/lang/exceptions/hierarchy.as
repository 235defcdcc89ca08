# Checks: the builtin exception hierarchy — which builtin exception classes are subclasses of
# which (checked with issubclass and by catching with the base class); Exception does not catch
# KeyboardInterrupt.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, KeyError, IndexError, ValueError, TypeError, NameError,
           UnboundLocalError, AttributeError, RuntimeError, RecursionError,
           NotImplementedError, AssertionError, StopIteration, KeyboardInterrupt, TimeoutError]
for cls in classes:
    parents = [p.__name__ for p in classes if p is not cls and issubclass(cls, p)]
    print(cls.__name__, parents)
def catch(exc, base):
    try:
        raise exc
    except base:
        return f"{type(exc).__name__} caught by {base.__name__}"
    except BaseException:
        return f"{type(exc).__name__} NOT caught by {base.__name__}"
print(catch(ZeroDivisionError(), ArithmeticError))
print(catch(OverflowError(), ArithmeticError))
print(catch(KeyError(), LookupError))
print(catch(IndexError(), LookupError))
print(catch(UnboundLocalError(), NameError))
print(catch(RecursionError(), RuntimeError))
print(catch(NotImplementedError(), RuntimeError))
print(catch(KeyboardInterrupt(), Exception))
print(catch(KeyboardInterrupt(), BaseException))
print(catch(StopIteration(), Exception))
print(catch(TimeoutError(), Exception))
print(catch(ValueError(), LookupError))
print(catch(AssertionError(), Exception))
try:
    raise ZeroDivisionError("in tuple")
except (KeyError, ArithmeticError) as e:
    print("caught by a tuple containing a base class:", repr(e))
