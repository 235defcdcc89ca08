# with: __enter__/__exit__ as plain, static and class methods, exits that swallow or not,
# and the TypeErrors of managers missing a method (an instance attribute does not count).
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.name == "swallow"
class S:
    @staticmethod
    def __enter__(): return "static"
    def __exit__(self, *a): pass
class K:
    @classmethod
    def __enter__(cls): return cls.__name__
    __exit__ = lambda self, *a: None
with CM("a") as x, CM("b") as y:
    print(x, y)
with CM("swallow"):
    raise ValueError("gone")
try:
    with CM("keep"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
with S() as s, K() as k:
    print(s, k)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
class Inst:
    pass
i = Inst()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
try:
    with i:
        pass
except TypeError as e:
    print(e)
