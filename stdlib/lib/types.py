"""The types module: names for the interpreter's types, SimpleNamespace, MappingProxyType
and coroutine, as in CPython 3.11."""

import sys
from _generic_alias import GenericAlias, UnionType


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


# A read-only view of a mapping: the class of every class's __dict__, as CPython defines it.
MappingProxyType = type(type.__dict__)


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
