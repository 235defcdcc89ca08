"""The inspect module: type predicates, getmembers, getdoc/cleandoc and signature, as in
CPython 3.11.

Not supported: source code (getsource and friends raise OSError saying why), the call stack
as frame records (stack, getouterframes, getframeinfo; currentframe() and sys._getframe()
give frame objects), and the
signatures of built-in functions (ValueError, as CPython raises for a built-in whose
signature it does not know)."""

import sys as _sys
import types as _types
from _unsupported import refusing as _refusing

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    # A built-in method bound to a class (object.__init_subclass__) is a method object in
    # asyncscript but a built-in function in CPython.
    return (isinstance(object, _types.MethodType)
            and not isinstance(object.__func__, _types.BuiltinFunctionType))


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _types.BuiltinFunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but not __set__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def _unwrap_partial(func):
    partial = _sys.modules.get("functools")
    partial = getattr(partial, "partial", None)
    while partial is not None and isinstance(func, partial):
        func = func.func
    return func


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (defined with async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, _types.CoroutineType)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, _types.AsyncGeneratorType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if iscoroutine(object):
        return True
    if isgenerator(object) or isclass(object):
        return False
    if getattr(type(object), "__await__", None) is not None:
        return True
    # asyncio's futures and tasks are awaitable through the engine, without __await__.
    asyncio = _sys.modules.get("asyncio")
    return asyncio is not None and isinstance(object, asyncio.Future)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, _types.CodeType)


def isabstract(object):
    """Return true if the object is an abstract base class with abstract methods."""
    return isclass(object) and bool(getattr(object, "__abstractmethods__", False))


def getmro(cls):
    """Return the tuple of cls's base classes, cls first, in method resolution order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmodule(object):
    """Return the module an object was defined in, or None."""
    if ismodule(object):
        return object
    return _sys.modules.get(getattr(object, "__module__", None))


def unwrap(func, *, stop=None):
    """Get the object wrapped by func, following the chain of __wrapped__ attributes."""
    f = func
    seen = {id(f)}
    while hasattr(func, "__wrapped__") and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(f))
        seen.add(id(func))
    return func


def cleandoc(doc):
    """Clean up indentation from docstrings: the first line's leading whitespace goes, the
    common indentation of the others goes, and so do blank lines at the start and end."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, "__doc__", None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
    else:
        return None
    if cls is None:
        return None
    for base in cls.__mro__:
        doc = getattr(vars(base).get(name), "__doc__", None)
        if doc is not None:
            return doc
    return None


def _owner_class(func):
    path = func.__qualname__.split(".<locals>", 1)[0].split(".")[:-1]
    owner = _sys.modules.get(func.__module__)
    for part in path:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc; a class or
    method without one inherits its base's."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _no_source(object):
    raise OSError("could not get source code: asyncscript does not support inspect's "
                  "source functions")


def getsource(object):
    """Not supported: raises OSError."""
    _no_source(object)


def getsourcelines(object):
    """Not supported: raises OSError."""
    _no_source(object)


def getsourcefile(object):
    """Not supported: raises OSError."""
    _no_source(object)


def currentframe():
    """The frame object of the caller."""
    return _sys._getframe(1)


_NO_FRAMES = "frame records are not supported"
stack = _refusing("inspect.stack", _NO_FRAMES)
getouterframes = _refusing("inspect.getouterframes", _NO_FRAMES)
getframeinfo = _refusing("inspect.getframeinfo", _NO_FRAMES)

from _inspect_signature import (  # noqa: E402 (the signature objects need the predicates)
    Parameter, Signature, BoundArguments, signature, _empty, _ParameterKind,
    formatannotation, getfullargspec,
)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def _run_state(prefix, running, suspended, frame):
    # The state of a generator or coroutine, tested in CPython's order; the names are the
    # GEN_* and CORO_* constants.
    if running:
        return prefix + '_RUNNING'
    if suspended:
        return prefix + '_SUSPENDED'
    if frame is None:
        return prefix + '_CLOSED'
    return prefix + '_CREATED'


def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _run_state('GEN', generator.gi_running, generator.gi_suspended, generator.gi_frame)


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _run_state('CORO', coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame)
