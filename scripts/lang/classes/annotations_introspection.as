"""Module docstring."""
counter: int = 0
label: str


class Config:
    """Holds settings."""

    host: str = "localhost"
    port: int = 8080
    tags: list
    if True:
        debug: bool = False

    def method(self):
        "Does things."
        local: int = 1
        return local

    class Inner:
        pass


print(__annotations__)
print(Config.__annotations__)
print(Config.__doc__, Config.method.__doc__, Config.Inner.__doc__)
print(Config.__qualname__, Config.Inner.__qualname__, Config.method.__qualname__)
print(Config.__module__, Config.Inner.__module__, Config.__name__)
print([k for k in Config.__dict__ if not k.startswith("__")])
print(Config.__dict__["port"], "tags" in Config.__dict__)


def f(x):
    """Return x."""
    return x


def g():
    pass


print(f.__doc__, g.__doc__, f.__name__, f.__qualname__)


def make():
    class Local:
        def m(self):
            pass

    return Local


L = make()
print(L.__qualname__, L.m.__qualname__, repr(L).split(" at")[0])
