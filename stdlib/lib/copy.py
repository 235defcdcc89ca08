"""The copy module: shallow and deep copies, as CPython 3.11's.

Immutable atoms are returned as they are; lists, dicts, sets and tuples are copied by type;
a class may take over with __copy__ / __deepcopy__ (or __reduce__, __getstate__ and
__setstate__); any other instance is rebuilt without running __init__ and given a copy of its
__dict__. deepcopy's memo dict maps id(original) to its copy, so shared and cyclic
structures keep their shape. Objects of built-in types that cannot be copied (generators,
modules, files...) raise CPython's TypeError "cannot pickle 'X' object"."""

import _copy

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str,
           bytes, type, range, type(len), type(_function), property, slice}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple reached again through its own items was copied meanwhile.
        if key in memo:
            return memo[key]
        y = x
        for a, b in zip(items, x):
            if a is not b:
                y = tuple(items)
                break
    elif cls in (set, frozenset):
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    # Keep x alive and remember its copy, unless the copy is x itself.
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _default_state(x):
    # What object.__getstate__ returns in 3.11: the instance dict (None when empty), paired
    # with the values of the set __slots__ when the class has any.
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__") or name in slots:
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo):
    # Rebuild an object from __reduce__ if its class defines one, else as object.__reduce_ex__
    # would: a new instance of the class and the state from __getstate__ or __dict__.
    deep = memo is not None
    cls = type(x)
    reducer = getattr(cls, "__reduce_ex__", None) or getattr(cls, "__reduce__", None)
    if reducer is not None:
        rv = x.__reduce_ex__(4) if hasattr(cls, "__reduce_ex__") else x.__reduce__()
        if isinstance(rv, str):
            return x
        func, args = rv[0], rv[1]
        state = rv[2] if len(rv) > 2 else None
        listiter = rv[3] if len(rv) > 3 else None
        dictiter = rv[4] if len(rv) > 4 else None
        if deep:
            args = deepcopy(args, memo)
        y = func(*args)
    elif isinstance(x, BaseException):
        args = deepcopy(x.args, memo) if deep else x.args
        y = cls(*args)
        state = x.__dict__ or None
    else:
        getnewargs = getattr(x, "__getnewargs__", None)
        if getnewargs is not None:
            # What object.__reduce_ex__ rebuilds an object whose class wants arguments
            # to __new__ from (a namedtuple): cls.__new__(cls, *x.__getnewargs__()).
            args = getnewargs()
            if deep:
                args = deepcopy(args, memo)
            y = cls.__new__(cls, *args)
        else:
            try:
                y = _copy.new_instance(cls)
            except TypeError:
                raise TypeError("cannot pickle '%s' object" % cls.__name__) from None
        getstate = getattr(x, "__getstate__", None)
        state = getstate() if getstate is not None else _default_state(x)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
                if slotstate:
                    for k, v in slotstate.items():
                        setattr(y, k, v)
            if state:
                _copy.set_state(y, state)
    if reducer is not None:
        # The items a reduction lists apart from its state (a deque's, a list subclass's),
        # appended or set on the new object in order.
        if listiter is not None:
            for item in listiter:
                y.append(deepcopy(item, memo) if deep else item)
        if dictiter is not None:
            for key, value in dictiter:
                if deep:
                    key, value = deepcopy(key, memo), deepcopy(value, memo)
                y[key] = value
    return y
