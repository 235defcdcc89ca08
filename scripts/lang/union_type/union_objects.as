# X | Y on classes: the members, flattening and deduplication, equality that ignores order,
# and how unions meet typing's Union and Optional.
import types
import typing
from typing import Optional, Union, get_args, get_origin

print(int | None, None | int, int | str | None, int | list[int], list[int] | None)
print(type(int | str), type(int | str) is types.UnionType, (int | str).__args__)
print(int | int, int | str | int, (int | str) | (float | int), bool | int)
print((int | str) == (str | int), (int | str) == (int | str | float), hash(int | str) == hash(str | int))
print(len({int | str, str | int, int | None}))
print(list[int] | list[int], list[int] | list[str], type[int] | None)
x = int | str
x |= bytes
print(x, x.__parameters__)

print(Union[int, None] == (int | None), (int | None) == Optional[int], Union[int, str] == (str | int))
print(Union[int | str, None], Optional[int | str], Union[list[int], int])
print(int | typing.List[int], typing.List[int] | None, typing.Any | None)
print(get_origin(int | str) is types.UnionType, get_args(int | None), get_args(list[int] | dict[str, int]))
T = typing.TypeVar("T")
print(int | T, (list[T] | None).__parameters__, (list[T] | None)[int])
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), isinstance(True, str | int))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance(3, int | list[int]))
print(isinstance(3, (str, int | None)), isinstance(b"", (str, bytes | None)))


class Meta(type):
    def __or__(cls, other):
        return f"{cls.__name__} or {other}"


class Special(metaclass=Meta):
    pass


print(Special | 1, int | Special if False else None)
print(str(int | None), f"{list[int] | None}", repr(dict[str, int | None]))
