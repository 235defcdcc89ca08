# typing Protocol (runtime_checkable), a Generic stack, abstract classes and properties, annotations.
from typing import Protocol, TypeVar, Generic, Iterator, Callable, runtime_checkable, Any, Union, Optional
from abc import ABC, abstractmethod

T = TypeVar("T")
K = TypeVar("K")

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self) -> None:
        self.closed = True

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)
    def __repr__(self) -> str:
        return f"Stack({self._items!r})"

class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    @property
    @abstractmethod
    def name(self) -> str: ...
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r: float):
        self.r = r
    def area(self) -> float:
        return 3.14159 * self.r ** 2
    @property
    def name(self) -> str:
        return "circle"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @property
    def name(self):
        return "rect"

def apply(f: Callable[[T], K], xs: list[T]) -> list[K]:
    return [f(x) for x in xs]

s: Stack[int] = Stack()
for i in range(4):
    s.push(i * 10)
print(s, len(s), list(s), s.pop())
r = Resource("x")
print(isinstance(r, SupportsClose), isinstance(42, SupportsClose))
shapes: list[Shape] = [Circle(1), Rect(2, 3)]
for sh in shapes:
    print(sh)
print(sorted(shapes, key=lambda s: s.area())[0].name)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(apply(str, [1, 2, 3]), apply(lambda x: x ** 2, [1.5]))
print(Stack[int], Optional[int], Union[int, str], list[int], dict[str, list[int]])
def f(x: int, y: "str" = "a") -> Optional[float]:
    return None
print(f.__annotations__)
print(issubclass(Circle, Shape), isinstance(Rect(1, 1), Shape), sorted(Shape.__abstractmethods__))
print(T, Generic, Stack.__mro__)
