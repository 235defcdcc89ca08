# `from star import *` takes the names of __all__, one of them only given by __getattr__.
__all__ = ["PLAIN", "Yall"]
PLAIN = "plain"


def __getattr__(name):
    if name.startswith("Y"):
        return name.upper()
    raise AttributeError(name)
