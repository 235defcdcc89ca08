"""The functools module: higher-order functions and operations on callables, as in CPython."""

from _generic_alias import GenericAlias as _GenericAlias
import _functools

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        if value is None and attr == "__annotations__":
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        source = getattr(wrapped, attr, None) or {}
        for k, v in source.items():
            setattr(wrapper, k, v)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def _set_partial(self, cls, func, args, keywords):
    # The func, args and keywords of a partial or partialmethod self; one of func's own
    # class (cls) is flattened into it, its arguments first.
    if isinstance(func, cls):
        args = func.args + args
        keywords = {**func.keywords, **keywords}
        func = func.func
    self.func = func
    self.args = args
    self.keywords = keywords


class partial:
    """New function with partial application of the given arguments and keywords."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        _set_partial(self, partial, func, args, keywords)

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"


class partialmethod:
    """A descriptor like partial, for methods: the arguments are applied after self (or cls),
    as in CPython."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        _set_partial(self, partialmethod, func, args, keywords)

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partialmethod({self.func!r}, {args}, {keywords})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        # A descriptor func (a function, classmethod, ...) binds first and the partial wraps
        # the bound result; anything else becomes a function taking self explicitly.
        get = getattr(self.func, "__get__", None)
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


_CacheInfo = None


def _cache_info(hits, misses, maxsize, currsize):
    # cache_info()'s result, CPython's CacheInfo named tuple; made on first use so importing
    # functools does not import collections.
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"],
                                module="functools")
    return _CacheInfo(hits, misses, maxsize, currsize)


_kwd_mark = object()
_fasttypes = {int, str}


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    # The wrapper is a Python function, so it binds as a method and takes update_wrapper's
    # attributes; _functools keeps the cache and builds the keys, as CPython's C wrapper.
    state = _functools.lru_state(user_function, maxsize, typed, _make_key)
    call = _functools.lru_call

    def wrapper(*args, **kwds):
        return call(state, args, kwds)

    def cache_info():
        hits, misses, currsize = _functools.lru_stats(state)
        return _cache_info(hits, misses, maxsize, currsize)

    def cache_clear():
        _functools.lru_clear(state)

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    return lru_cache(maxsize=None)(user_function)


_ORDER_DERIVED = {
    "__lt__": [("__gt__", lambda self, other: _flip(self.__lt__(other), self, other, True)),
               ("__le__", lambda self, other: _or_eq(self.__lt__(other), self, other)),
               ("__ge__", lambda self, other: _not(self.__lt__(other)))],
    "__le__": [("__ge__", lambda self, other: _flip(self.__le__(other), self, other, False)),
               ("__lt__", lambda self, other: _and_ne(self.__le__(other), self, other)),
               ("__gt__", lambda self, other: _not(self.__le__(other)))],
    "__gt__": [("__lt__", lambda self, other: _flip(self.__gt__(other), self, other, True)),
               ("__ge__", lambda self, other: _or_eq(self.__gt__(other), self, other)),
               ("__le__", lambda self, other: _not(self.__gt__(other)))],
    "__ge__": [("__le__", lambda self, other: _flip(self.__ge__(other), self, other, False)),
               ("__gt__", lambda self, other: _and_ne(self.__ge__(other), self, other)),
               ("__lt__", lambda self, other: _not(self.__ge__(other)))],
}


def _not(r):
    return r if r is NotImplemented else not r


def _flip(r, self, other, strict):
    # a > b from a < b: neither less nor equal; a >= b from a <= b: not less-or-equal, or equal.
    if r is NotImplemented:
        return r
    if strict:
        return not r and self != other
    return not r or self == other


def _or_eq(r, self, other):
    return r if r is NotImplemented else (r or self == other)


def _and_ne(r, self, other):
    return r if r is NotImplemented else (r and self != other)


def total_ordering(cls):
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = roots[0]
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        if op in roots:
            root = op
            break
    for opname, opfunc in _ORDER_DERIVED[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


def cmp_to_key(mycmp):
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__ under the
    attribute's own name (so later reads do not reach the descriptor)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        if self.attrname in cache:
            return cache[self.attrname]
        value = self.func(instance)
        cache[self.attrname] = value
        return value


def _dispatch_mro(cls, types):
    # cls's MRO with the registered ABCs it is a virtual subclass of put in, each after the
    # last class that is its subclass (more derived ABCs first), which is where CPython's
    # _compose_mro puts them in the usual cases.
    mro = list(cls.__mro__)
    extra = [t for t in types if t not in mro and hasattr(t, "__abstractmethods__") and issubclass(cls, t)]
    for t in sorted(extra, key=lambda t: -len(t.__mro__)):
        at = next((i for i, m in enumerate(mro) if not issubclass(m, t)), len(mro))
        mro.insert(at, t)
    return mro


def _union_members(cls):
    # The classes of a union (int | str, typing.Union[int, str]), or None for anything else.
    if type(cls).__name__ in ("UnionType", "_UnionAlias"):
        return cls.__args__
    return None


def _valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(a, type) for a in members)


def singledispatch(func):
    registry = {object: func}

    def dispatch(cls):
        for k in _dispatch_mro(cls, registry):
            if k in registry:
                return registry[k]
        return func

    def register(cls, method=None):
        if _valid_dispatch_type(cls):
            if method is None:
                return lambda f: register(cls, f)
        else:
            if method is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            annotations = getattr(cls, "__annotations__", None)
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                "Use either `@register(some_class)` or plain `@register` "
                                "on an annotated function.")
            method = cls
            import typing
            argname, cls = next(iter(typing.get_type_hints(method).items()))
            if not _valid_dispatch_type(cls):
                what = "not all arguments are classes" if _union_members(cls) is not None else "is not a class"
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} {what}.")
        for k in _union_members(cls) or (cls,):
            registry[k] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(type(args[0]))(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method dispatching on the type of its first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
