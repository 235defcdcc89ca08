"""The types module: names for the interpreter's types, SimpleNamespace, MappingProxyType
and coroutine, as in CPython 3.11."""

import sys
from _generic_alias import GenericAlias, UnionType
from _generic_alias import GenericAlias as _GenericAlias


def _f():
    pass


async def _c():
    pass


async def _ag():
    yield


def _g():
    yield


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
GeneratorType = type(_g())
_coro = _c()
CoroutineType = type(_coro)
_coro.close()  # no "never awaited" warning
AsyncGeneratorType = type(_ag())
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _c, _ag, _g, _C, _coro


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None

    def __getattr__(self, name):
        # CPython names the built-in class by its full name.
        shown = "types.SimpleNamespace" if type(self) is SimpleNamespace else type(self).__name__
        raise AttributeError(f"'{shown}' object has no attribute '{name}'")


class mappingproxy:
    """A read-only view of a mapping."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, mapping):
        if not isinstance(mapping, dict) and not (hasattr(mapping, "keys") and hasattr(mapping, "__getitem__")):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, type(self)):
            other = other._mapping
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)


MappingProxyType = mappingproxy
del mappingproxy


def coroutine(func):
    """Marks a function as a coroutine function. An async def function is returned as it is;
    a generator function's generators become generator-based coroutines, which await accepts
    and which may `yield from` coroutines. Other callables are wrapped, so their result is
    returned unless it is a plain generator, which asyncscript cannot make awaitable."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    import asyncio
    import _types
    if asyncio.iscoroutinefunction(func) or _types.mark_iterable_coroutine(func):
        return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is GeneratorType:
            raise NotImplementedError(
                "asyncscript does not support types.coroutine() of a function that returns a generator")
        return coro

    return wrapped


def new_class(name, bases=(), kwds=None, exec_body=None):
    raise NotImplementedError("asyncscript does not support types.new_class()")
