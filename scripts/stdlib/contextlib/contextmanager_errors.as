# The errors @contextmanager reports for badly written generators, and how exceptions flow
# through a well-written one.
from contextlib import contextmanager


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("  swallowed", e)


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"missing {e}") from e


@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        yield


for cm in (no_yield, two_yields, keeps_going):
    try:
        with cm():
            if cm is keeps_going:
                raise ValueError("x")
    except RuntimeError as e:
        print(cm.__name__, type(e).__name__, e)

with swallow():
    raise ValueError("boom")
print("swallow suppressed it")

try:
    with swallow():
        raise TypeError("not mine")
except TypeError as e:
    print("passed through:", e)

try:
    with translate():
        {}["port"]
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))


@contextmanager
def stop_iter():
    yield


try:
    with stop_iter():
        raise StopIteration("inner")
except StopIteration as e:
    print("StopIteration kept:", e)
try:
    with translate():
        raise GeneratorExit
except GeneratorExit as e:
    print("GeneratorExit kept", repr(e))
