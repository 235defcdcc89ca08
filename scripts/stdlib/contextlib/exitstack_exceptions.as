# Exceptions inside ExitStack callbacks: suppression by a pushed __exit__, a callback that
# raises replaces the pending exception and chains it as __context__.
from contextlib import ExitStack


def suppress_value_errors(exc_type, exc, tb):
    if exc_type is ValueError:
        print("  suppressing", repr(exc))
        return True
    return False


def failing_cleanup(*details):
    raise RuntimeError("cleanup failed")


with ExitStack() as stack:
    stack.push(suppress_value_errors)
    raise ValueError("bad value")
print("after suppressed block")

try:
    with ExitStack() as stack:
        stack.push(failing_cleanup)
        raise KeyError("k")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

try:
    with ExitStack() as stack:
        stack.push(failing_cleanup)
        stack.push(suppress_value_errors)
        raise ValueError("first")
except RuntimeError as e:
    print("suppressed then raised:", e, "context:", repr(e.__context__))


class Tracker:
    def __enter__(self):
        print("  enter tracker")
        return self

    def __exit__(self, *exc):
        print("  tracker exit with", exc[0].__name__ if exc[0] else None)


try:
    with ExitStack() as stack:
        stack.push(Tracker())
        stack.enter_context(Tracker())
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)
