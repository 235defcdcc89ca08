# Counts given to re's functions are checked as integers, with CPython's TypeErrors.
import re


def attempt(label, f):
    try:
        r = f()
    except TypeError as e:
        print(label, "->", e)
    else:
        print(label, "=", r)


attempt("split(maxsplit='x')", lambda: re.split("a", "bab", maxsplit="x"))
attempt("split(maxsplit=1.0)", lambda: re.split("a", "bab", maxsplit=1.0))
attempt("split(maxsplit=True)", lambda: re.split("a", "babab", maxsplit=True))
attempt("sub(count='x')", lambda: re.sub("a", "b", "aaa", count="x"))
attempt("subn(count=2)", lambda: re.subn("a", "b", "aaa", count=2))
attempt("compile('a').sub('b', 'aaa', None)", lambda: re.compile("a").sub("b", "aaa", None))
