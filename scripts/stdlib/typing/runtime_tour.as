from typing import (NamedTuple, TypedDict, get_type_hints, cast, Protocol, runtime_checkable, Optional, Union,
                    List, Dict, Any, Callable, TypeVar, Generic, Literal, Final, get_origin, get_args, overload, Tuple,
                    Iterable, Iterator, Sequence, Mapping, NotRequired, Required, Self, TYPE_CHECKING, Annotated, NewType, ClassVar)
import typing
class Employee(NamedTuple):
    name: str
    id: int = 3
    def label(self):
        return f"{self.name}#{self.id}"
e = Employee("guido")
print(e, e.label(), Employee._fields, Employee._field_defaults, Employee.__annotations__, e._replace(id=9), e._asdict())
try:
    Employee()
except TypeError as err:
    print("TypeError:", err)
class Movie(TypedDict):
    title: str
    year: int
class MovieX(Movie, total=False):
    rating: float
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, Movie(title="x", year=1), type(Movie(title="x", year=1)), MovieX.__optional_keys__, MovieX.__total__)
print(sorted(Movie.__required_keys__))
print(sorted(MovieX.__annotations__), get_type_hints(MovieX))
def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> List[str]:
    return [name] * times
print(get_type_hints(greet), greet.__annotations__)
class Node:
    next: "Node"
    val: int
    tags: ClassVar[list]
print(get_type_hints(Node))
print(cast(int, "x"), cast("List[int]", [1]))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class Proto(Protocol):
    def m(self): ...
try:
    isinstance(F(), Proto)
except TypeError as err:
    print("TypeError:", err)
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]], Callable[[int, str], bool], Callable[..., Any])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[str]), get_args(Callable[[int], str]))
print(Literal["a", "b"], get_args(Literal[1, 2]), Tuple[int, ...], Annotated[int, "meta"], get_args(Annotated[int, "m"]))
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, K.__bound__, TypeVar("N", int, float).__constraints__)
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(1).get(), Box[int], Box[int](5).item, Box.__parameters__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, type(UserId(5)))
print(int | str, list[int], dict[str, int | None], type(int | str))
print(TYPE_CHECKING, typing.Any, typing.NoReturn, Final[int], typing.Iterable[int])
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(1), f("s"))
try:
    f.__wrapped__
except AttributeError:
    print("no wrapped")
print(isinstance([], typing.List), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence))
try:
    isinstance([], List[int])
except TypeError as err:
    print("TypeError:", err)
