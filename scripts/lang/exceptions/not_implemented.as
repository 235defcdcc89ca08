# Checks: NotImplementedError for abstract-style methods, distinct from the NotImplemented
# singleton returned by binary dunders.
class Base:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def name(self):
        raise NotImplementedError
class Sq(Base):
    def area(self):
        return 4
for obj in [Base(), Sq()]:
    try:
        print(type(obj).__name__, obj.area())
    except NotImplementedError as e:
        print(type(obj).__name__, "NotImplementedError:", e)
try:
    Sq().name()
except RuntimeError as e:
    print("caught as RuntimeError:", repr(e))
print(NotImplemented, issubclass(NotImplementedError, RuntimeError))
class X:
    def __eq__(self, other):
        return NotImplemented
print(X() == X(), X() != 5)
