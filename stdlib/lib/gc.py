"""The gc module: asyncscript's memory is Go's, collected by Go's garbage collector, which
runs by itself and cannot be turned off from a script. collect() therefore finds nothing
to collect (0), and enable/disable only set what isenabled() reports, as CPython's flag."""

garbage = []
callbacks = []

_enabled = True


def enable():
    """Enable automatic garbage collection (Go's collector always runs)."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection: recorded only, Go's collector still runs."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def collect(generation=2):
    """Run a collection: the number of unreachable objects found, always 0 (Go's collector
    frees them without reporting)."""
    if not isinstance(generation, int):
        raise TypeError(f"'{type(generation).__name__}' object cannot be interpreted as an integer")
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    return 0
