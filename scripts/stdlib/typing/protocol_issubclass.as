from typing import Protocol, runtime_checkable, SupportsInt, SupportsAbs, Iterable
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class HasName(Protocol):
    name: str
class F:
    def close(self): pass
class G(F):
    close = None
class Explicit(Closable):
    pass
print(issubclass(F, Closable), issubclass(G, Closable), issubclass(int, Closable), issubclass(Explicit, Closable))
print(isinstance(F(), Closable), issubclass(bool, Closable))
try:
    issubclass(F, HasName)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(F(), Closable)
except TypeError as e:
    print("TypeError:", e)
class Proto(Protocol):
    def m(self): ...
try:
    issubclass(F, Proto)
except TypeError as e:
    print("TypeError:", e)
class N:
    name = "n"
print(isinstance(N(), HasName), isinstance(F(), HasName))
