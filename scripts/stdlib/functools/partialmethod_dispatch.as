# functools.partialmethod and singledispatchmethod in classes: binding through functions and
# classmethods, dispatch on the argument after self, registration by annotation and by class.
from functools import partialmethod, singledispatchmethod


class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state, reason="none"):
        self._alive = bool(state)
        return reason

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, reason="killed")

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    mk = partialmethod(make, 1)


c = Cell()
print(c.set_alive(), c.alive)
print(c.set_dead(), c.alive)
print(c.set_alive(reason="revived"), c.alive)
print(Cell.mk(2), c.mk(3))
print(Cell.set_alive.__name__, Cell.set_dead(c), c.alive)
print(type(Cell.__dict__["mk"]).__name__, Cell.__dict__["set_dead"].args, Cell.__dict__["set_dead"].keywords)
try:
    partialmethod(42)
except TypeError as e:
    print("TypeError:", e)


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError(f"Cannot negate {type(arg).__name__}")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @neg.register
    def _(self, arg: list):
        return [self.neg(x) for x in arg]


n = Negator()
print(n.neg(5), n.neg(True), n.neg([1, False, [2]]))
try:
    n.neg("x")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Negator.neg.__name__, sorted(k.__name__ for k in Negator.__dict__["neg"].dispatcher.registry))
