# Capturing what a function prints and logs: redirect_stdout and redirect_stderr around a
# noisy function, a logging handler created inside the redirect writing to the buffer.
import io
import logging
import sys
from contextlib import ExitStack, redirect_stderr, redirect_stdout


def noisy(n):
    print("computing", n)
    print("warning: slow path", file=sys.stderr)
    logging.getLogger("noisy").warning("n=%d", n)
    return n * n


def capture(func, *args):
    out, err = io.StringIO(), io.StringIO()
    with ExitStack() as stack:
        stack.enter_context(redirect_stdout(out))
        stack.enter_context(redirect_stderr(err))
        handler = logging.StreamHandler()
        logger = logging.getLogger("noisy")
        logger.addHandler(handler)
        stack.callback(logger.removeHandler, handler)
        result = func(*args)
    return result, out.getvalue(), err.getvalue()


result, out, err = capture(noisy, 7)
print(result)
print(repr(out))
print(repr(err))
print(logging.getLogger("noisy").handlers, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
