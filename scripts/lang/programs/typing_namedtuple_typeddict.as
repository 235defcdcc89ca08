# typing: NamedTuple, TypedDict, NewType, Literal, get_type_hints, get_args/get_origin, overload, Generic.
from typing import NamedTuple, TypedDict, Literal, Final, Any, Callable, Iterable, Sequence, Mapping, cast, overload, get_type_hints, TYPE_CHECKING, NewType, ClassVar
import typing

class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: str = "eng"
    def badge(self) -> str:
        return f"{self.name}#{self.id}"

class Movie(TypedDict, total=False):
    title: str
    year: int

UserId = NewType("UserId", int)
Mode = Literal["r", "w"]
MAX: Final = 10

e = Employee("guido")
print(e, e.badge(), e._fields, Employee._field_defaults, e._replace(id=9), Employee.__annotations__)
m: Movie = {"title": "Blade Runner"}
print(m, Movie.__annotations__ if hasattr(Movie, "__annotations__") else None, type(m).__name__)
u = UserId(5)
print(u, type(u).__name__, UserId.__name__)
def process(items: Iterable[int], fn: Callable[[int], int] = lambda x: x) -> list[int]:
    return [fn(i) for i in items]
print(process(range(3), lambda x: x * 10), get_type_hints(process))
print(cast(int, "not really"), TYPE_CHECKING, MAX)
def open_file(path: str, mode: Mode = "r") -> None: ...
print(typing.get_args(Mode), typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_origin(typing.Optional[int]))
print(repr(typing.Optional[str]), repr(typing.List[int]), repr(typing.Dict[str, typing.Any]), repr(Callable[[int], str]))
print(int | None, isinstance(3, int | str), typing.Union[int, str] == typing.Union[str, int])
class Node:
    def __init__(self, val: int, next: "Node | None" = None):
        self.val = val
        self.next = next
print(Node.__init__.__annotations__)
T = typing.TypeVar("T", bound="Comparable")
print(T.__name__, T.__bound__)
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))
class Config(typing.Generic[typing.TypeVar("V")]):
    pass
print(Config[int], Config.__parameters__)
