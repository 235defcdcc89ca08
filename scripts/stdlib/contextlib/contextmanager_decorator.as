# A @contextmanager used as a decorator: a timing/log section wrapped around each call, a
# fresh generator per call, and the wrapper keeps the function's name and doc.
from contextlib import contextmanager, ContextDecorator

depth = 0


@contextmanager
def section(title):
    """Indents everything printed inside."""
    global depth
    print("  " * depth + f"begin {title}")
    depth += 1
    try:
        yield title
    finally:
        depth -= 1
        print("  " * depth + f"end {title}")


@section("load")
def load(n):
    """Loads n records."""
    print("  " * depth + f"loading {n}")
    return list(range(n))


@section("process")
def process(items):
    with section("inner"):
        print("  " * depth + f"sum={sum(items)}")
    if not items:
        raise ValueError("nothing to process")
    return len(items)


print(load.__name__, load.__wrapped__.__name__)
print(process(load(3)))
try:
    process(load(0))
except ValueError as e:
    print("error:", e)


class audit(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"[{self.label}] start")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"[{self.label}] stop", "failed" if exc_type else "ok")
        return False


@audit("job")
def job(x):
    return x * 2


print(job(21))
with audit("block") as a:
    print("label is", a.label)
print(section.__name__)
