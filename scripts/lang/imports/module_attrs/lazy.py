# A module with PEP 562 hooks: __getattr__ for names it computes on demand, __dir__.
X = 1
computed = []


def __getattr__(name):
    if name.startswith("Y"):
        computed.append(name)
        return len(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["Y", "X"]
