class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)


class Service:
    version = 3

    def ping(self):
        return "pong"


p = Proxy(Service())
print(p.ping(), p.version)
print(p.calls)
print(hasattr(p, "missing"), p.calls)
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(p, "nothing", "default"))


class Lazy:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


l = Lazy()
print(l.get_thing())
try:
    l.other
except AttributeError as e:
    print(type(e).__name__, e)
