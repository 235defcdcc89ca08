# Structural typing with Protocol and runtime_checkable in a plug-in registry.
from typing import Protocol, runtime_checkable, List


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Greeter(Protocol):
    def greet(self) -> str: ...


class File:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


class Socket:
    def close(self):
        print("socket closed")


class Number:
    pass


resources: List[object] = [File("a.txt"), Number(), Socket(), "text", File("b.txt")]
for r in resources:
    if isinstance(r, Closable):
        r.close()
    else:
        print("not closable:", type(r).__name__)
try:
    isinstance(File("x"), Greeter)
except TypeError as e:
    print(type(e).__name__, e)


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet().upper()


print(welcome(English()))
try:
    runtime_checkable(Number)
except TypeError as e:
    print(type(e).__name__, e)
