# Checks: bare `raise` re-raises the exception being handled (same object), `raise e` inside
# a handler, re-raise after logging, bare raise with no active exception.
def inner():
    raise ValueError("original message")
def middle():
    try:
        inner()
    except ValueError:
        print("middle: logging and re-raising")
        raise
try:
    middle()
except ValueError as e:
    print("outer caught:", e)
saved = None
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        saved = e
        raise
except KeyError as e2:
    print("same object:", e2 is saved)
try:
    try:
        raise TypeError("t")
    except TypeError as e:
        raise e
except TypeError as e:
    print("raise e works:", e)
def handler_calls_function():
    try:
        raise RuntimeError("active")
    except RuntimeError:
        helper()
def helper():
    raise
try:
    handler_calls_function()
except RuntimeError as e:
    print("bare raise in a called function re-raised:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
