"""A module written in asyncscript, importable as _pymodules_selftest: the test of the mechanism
that loads stdlib/lib/*.py on first import."""

loaded = __name__


def double(x):
    return 2 * x
