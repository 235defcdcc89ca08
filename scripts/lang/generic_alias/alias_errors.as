# The errors generic aliases raise, as CPython words them.
import types
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K")


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("isinstance", lambda: isinstance([], list[int]))
attempt("issubclass", lambda: issubclass(list, list[int]))
attempt("in tuple", lambda: isinstance([], (dict, list[int])))
attempt("not generic", lambda: list[int][str])
attempt("too few", lambda: dict[K, T][int])
attempt("too many", lambda: dict[K, T][int, str, bytes])
attempt("int[str]", lambda: int[str])
attempt("object[int]", lambda: object[int])
attempt("kwargs", lambda: types.GenericAlias(list, int, strict=True))
attempt("setattr", lambda: setattr(list[int], "extra", 1))
attempt("readonly", lambda: setattr(list[int], "__origin__", dict))
attempt("add", lambda: list[int] + 1)
attempt("missing", lambda: list[int].no_such_attribute)
attempt("call error", lambda: list[int](1, 2))
attempt("unhashable", lambda: hash(list[[1]]))
attempt("subscript T", lambda: list[T][int] == list[int])
