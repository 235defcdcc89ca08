"""types.GenericAlias (list[int]) and types.UnionType (int | None), as in CPython 3.11.

The interpreter builds them here: a built-in class's __class_getitem__ calls GenericAlias,
and type.__or__ / type.__ror__ call _union_or. The types module re-exports both classes."""

# The attributes a GenericAlias answers itself; every other one comes from its origin, so
# list[int].__name__ is 'list' and list[int].append is list.append, as in CPython.
_OWN_ATTRS = frozenset(["__class__", "__origin__", "__args__", "__parameters__", "__unpacked__", "__mro_entries__",
                        "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__"])

_NoneType = type(None)


def _item_repr(p):
    # How an argument (or the origin) prints inside an alias: a class by its qualified name,
    # builtins without module, an alias by its repr, anything else by repr.
    if p is ...:
        return "..."
    if p is _NoneType:
        return "None"
    if hasattr(p, "__origin__") and hasattr(p, "__args__"):
        return repr(p)
    try:
        qualname = p.__qualname__
        module = p.__module__
    except AttributeError:
        return repr(p)
    if module == "builtins":
        return qualname
    return f"{module}.{qualname}"


def _collect_parameters(args):
    # The type variables among args, in first-appearance order: a TypeVar (anything with
    # __typing_subst__ that is not a class) or those of a nested alias.
    out = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, "__typing_subst__"):
            if a not in out:
                out.append(a)
            continue
        for p in getattr(a, "__parameters__", ()):
            if p not in out:
                out.append(p)
    return tuple(out)


def _check_arity(alias, items):
    # CPython's errors for alias[items] when alias has no type variables left, or the count
    # of items is not theirs (typing's aliases share them).
    params = alias.__parameters__
    if not params:
        raise TypeError(f"{alias!r} is not a generic class")
    if len(items) != len(params):
        many = "many" if len(items) > len(params) else "few"
        raise TypeError(f"Too {many} arguments for {alias!r}; actual {len(items)}, expected {len(params)}")


def _instantiate(alias, args, kwargs):
    # Calling an alias: an instance of its origin, which remembers the alias in
    # __orig_class__ when it can take the attribute (typing's aliases share this).
    result = alias.__origin__(*args, **kwargs)
    try:
        result.__orig_class__ = alias
    except (AttributeError, TypeError):
        pass
    return result


def _alias_eq(alias, other, cls):
    # alias == other for aliases of class cls: the same origin and arguments.
    if not isinstance(other, cls):
        return NotImplemented
    return alias.__origin__ == other.__origin__ and alias.__args__ == other.__args__


def _substitute(alias, item):
    # alias.__args__ with its type variables replaced by item, for alias[item].
    items = item if isinstance(item, tuple) else (item,)
    _check_arity(alias, items)
    subst = dict(zip(alias.__parameters__, items))
    out = []
    for a in alias.__args__:
        if isinstance(a, type):
            out.append(a)
        elif hasattr(a, "__typing_subst__"):
            out.append(a.__typing_subst__(subst[a]))
        else:
            inner = getattr(a, "__parameters__", ())
            if inner:
                sub = tuple(subst[p] for p in inner)
                a = a[sub[0] if len(sub) == 1 else sub]
            out.append(a)
    return tuple(out)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __module__ = "types"
    __type_name__ = "types.GenericAlias"
    __unpacked__ = False

    def __init__(self, origin, args, **kwargs):
        if kwargs:
            raise TypeError("GenericAlias() takes no keyword arguments")
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _collect_parameters(args))

    def __getattribute__(self, name):
        if name in _OWN_ATTRS:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "__origin__"), name)

    def __setattr__(self, name, value):
        if name in _OWN_ATTRS:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'types.GenericAlias' object has no attribute '{name}'")

    def __repr__(self):
        args = self.__args__
        inner = ", ".join(_item_repr(a) for a in args) if args else "()"
        return f"{_item_repr(self.__origin__)}[{inner}]"

    def __eq__(self, other):
        return _alias_eq(self, other, GenericAlias)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        return _instantiate(self, args, kwargs)

    def __getitem__(self, item):
        return GenericAlias(self.__origin__, _substitute(self, item))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __module__ = "types"
    __type_name__ = "types.UnionType"

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __setattr__(self, name, value):
        if name in ("__args__", "__parameters__"):
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'types.UnionType' object has no attribute '{name}'")

    def __repr__(self):
        return " | ".join(_item_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __getitem__(self, item):
        args = _substitute(self, item)
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _same(a, b):
    # Union members are deduplicated by identity, generic aliases by equality.
    if isinstance(a, GenericAlias) and isinstance(b, GenericAlias):
        return a == b
    return a is b


def _union_or(left, right):
    """left | right for classes, aliases, unions and None: a UnionType of the members of
    both (flattened, None as NoneType, duplicates dropped), the one member itself when only
    one is left, or NotImplemented for anything else."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    members = []
    for side in (left, right):
        for m in side.__args__ if isinstance(side, UnionType) else (side,):
            if m is None:
                m = _NoneType
            if not any(_same(m, seen) for seen in members):
                members.append(m)
    if len(members) == 1:
        return members[0]
    union = object.__new__(UnionType)
    object.__setattr__(union, "__args__", tuple(members))
    object.__setattr__(union, "__parameters__", _collect_parameters(members))
    return union
