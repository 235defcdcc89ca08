# nullcontext for an optional lock, closing() for an object with close(), and
# redirect_stdout capturing the output of a report function into a StringIO.
import io
import sys
from contextlib import closing, nullcontext, redirect_stdout, redirect_stderr


class Lock:
    def __enter__(self):
        print("lock acquired")
        return self

    def __exit__(self, *exc):
        print("lock released")


def update(counter, lock=None):
    with lock if lock is not None else nullcontext():
        counter["n"] += 1


c = {"n": 0}
update(c)
update(c, Lock())
print(c)
with nullcontext(42) as v:
    print("nullcontext gives", v)


class Page:
    def __init__(self, url):
        self.url = url

    def read(self):
        return f"<html>{self.url}</html>"

    def close(self):
        print("closed", self.url)


with closing(Page("example.org")) as page:
    print(page.read())


def report(rows):
    for name, qty in rows:
        print(f"{name:<8}{qty:>4}")
    print("total", sum(q for _, q in rows))


buf = io.StringIO()
with redirect_stdout(buf) as target:
    report([("apples", 3), ("pears", 12)])
    print("target is buf:", target is buf)
print("captured lines:", buf.getvalue().splitlines())
print("stdout restored:", sys.stdout is sys.__stdout__)

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("to outer")
    with redirect_stdout(inner):
        print("to inner")
    print("outer again")
print(repr(outer.getvalue()), repr(inner.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("warning: disk low", file=sys.stderr)
print("stderr captured:", err.getvalue().strip())
