# Checks: str(), repr() and .args of exceptions constructed with zero, one and several
# arguments, non-string arguments, and KeyError's special str.
samples = [
    ValueError(),
    ValueError("msg"),
    ValueError("a", "b"),
    ValueError(42),
    ValueError(None),
    ValueError(""),
    ValueError(("tuple",)),
    ValueError([1, 2]),
    KeyError("key"),
    KeyError(42),
    KeyError(),
    KeyError("a", "b"),
    KeyError(""),
    IndexError("list index out of range"),
    RuntimeError("it's \"quoted\""),
    Exception("multi\nline"),
    StopIteration(5),
]
for e in samples:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, "|", len(e.args))
print(f"{ValueError('in f-string')}", [ValueError("in list")])
print(str(KeyError("it's")), str(KeyError('say "hi"')))
