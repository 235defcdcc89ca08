"""The dataclasses module: dataclass, field, fields, asdict, astuple, replace, make_dataclass.

__init__ is generated source, as in CPython; the other generated methods are closures over
the field list."""

from _generic_alias import GenericAlias as _GenericAlias
import sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen dataclass."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    # The default of an __init__ parameter whose field has a default_factory.
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FieldKind:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")


class InitVar:
    """An __init__-only pseudo-field: passed to __post_init__, not stored."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f"dataclasses.InitVar[{name}]"


class Field:
    """A dataclass field's settings, as field() makes them and fields() returns them."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},_field_type={self._field_type!r})")


from types import MappingProxyType as _MappingProxy  # read-only views, as CPython's


_EMPTY_METADATA = _MappingProxy({})


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """A field's settings, for a class attribute of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    # __dataclass_params__: the arguments dataclass() was given.
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
                f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})")


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ and the rest to a class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def _special_form(annotation, name):
    # Whether annotation is typing's ClassVar (bare or subscripted), given as an object or
    # as a string.
    if isinstance(annotation, str):
        return annotation.startswith((name, "typing." + name))
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    form = getattr(typing, name)
    return annotation is form or getattr(annotation, "__origin__", None) is form


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("InitVar", "dataclasses.InitVar"))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _unhashable(value):
    # CPython refuses a default whose class has __hash__ None (list, dict, set, and classes
    # that define __eq__ only, such as non-frozen dataclasses).
    t = type(value)
    if t in (list, dict, set):
        return True
    for c in t.__mro__:
        if c.__module__ == "builtins":
            return False
        if "__hash__" in c.__dict__:
            return c.__dict__["__hash__"] is None
        if "__eq__" in c.__dict__:
            return True
    return False


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _special_form(annotation, "ClassVar"):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default is not MISSING and _unhashable(f.default):
        raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: "
                         "use default_factory")
    return f


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    all_fields = {}
    has_base = False
    any_frozen_base = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_base = True
            for f in base_fields.values():
                all_fields[f.name] = f
            base_frozen = b.__dataclass_params__.frozen
            any_frozen_base = any_frozen_base or base_frozen
            all_frozen_bases = base_frozen if all_frozen_bases is None else (all_frozen_bases and base_frozen)
    own = []
    seen_kw_only = False
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if annotation is KW_ONLY or annotation == "KW_ONLY" or annotation == "dataclasses.KW_ONLY":
            if seen_kw_only:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            seen_kw_only = True
            continue
        own.append(_get_field(cls, name, annotation, kw_only or seen_kw_only))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                type.__delattr__(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls.__dict__.get("__annotations__", {}):
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_base:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _Params(init, repr, eq, order, unsafe_hash, frozen)
    field_list = [f for f in all_fields.values() if f._field_type is _FIELD]
    qual = cls.__qualname__
    if init:
        _check_default_order(all_fields.values())
        _set_new(cls, "__init__", _make_init(list(all_fields.values()), frozen,
                                             "__post_init__" in _names(cls), slots))
    if repr:
        _set_new(cls, "__repr__", _make_repr(qual, [f for f in field_list if f.repr]))
    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new(cls, "__eq__", _make_compare("__eq__", compared, "=="))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            _set_new(cls, name, _make_compare(name, compared, op))
    if frozen:
        for name, fn in (("__setattr__", _frozen_setattr), ("__delattr__", _frozen_delattr)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
            _set_new(cls, name, fn(cls, field_list))
    _set_hash(cls, unsafe_hash, eq, frozen, field_list)
    if match_args and "__match_args__" not in cls.__dict__:
        # Every positional parameter of __init__, InitVar pseudo-fields included, as CPython.
        cls.__match_args__ = tuple(f.name for f in all_fields.values()
                                   if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init and not f.kw_only)
    if not getattr(cls, "__doc__"):
        cls.__doc__ = _doc(cls, field_list)
    if slots:
        cls = _add_slots(cls, field_list)
    return cls


def _names(cls):
    names = set()
    for c in cls.__mro__:
        names.update(c.__dict__)
    return names


def _set_new(cls, name, fn):
    # Add a generated method unless the class defines its own.
    if name in cls.__dict__:
        return
    fn.__name__ = name
    fn.__qualname__ = f"{cls.__qualname__}.{name}"
    setattr(cls, name, fn)


def _check_default_order(all_fields):
    seen_default = False
    for f in all_fields:
        if f._field_type is _FIELD_CLASSVAR or not f.init or f.kw_only:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = True


def _doc(cls, field_list):
    # The class's signature, as CPython's default dataclass docstring shows it.
    params = []
    star = False
    for f in cls.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR or not f.init:
            continue
        if f.kw_only and not star:
            params.append("*")
            star = True
        p = f"{f.name}: {_type_name(f.type)}"
        if f.default_factory is not MISSING:
            p += " = <factory>"
        elif f.default is not MISSING:
            p += f" = {f.default!r}"
        params.append(p)
    return f"{cls.__name__}({', '.join(params)})"


def _type_name(t):
    if isinstance(t, type):
        return t.__name__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"
    return repr(t)


def _make_init(all_fields, frozen, has_post_init, slots):
    # Generated source, as CPython's: a plain function binds the arguments, with the
    # interpreter's own messages, and assigns each field as a hand-written __init__ would.
    # Names the source uses live in its globals, spelled so no field can shadow them.
    ns = {"__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
          "__dataclass_builtins_object__": object}
    self_name = "__dataclass_self__" if "self" in [f.name for f in all_fields] else "self"
    positional, keyword, body, initvars = [], [], [], []
    for f in all_fields:
        if f._field_type is _FIELD_CLASSVAR:
            continue
        default = f"__dataclass_dflt_{f.name}__"
        value = None
        if f.init:
            ns[f"__dataclass_type_{f.name}__"] = f.type
            param = f"{f.name}:__dataclass_type_{f.name}__"
            value = f.name
            if f.default_factory is not MISSING:
                ns[default] = f.default_factory
                param += "=__dataclass_HAS_DEFAULT_FACTORY__"
                value = f"{default}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}"
            elif f.default is not MISSING:
                ns[default] = f.default
                param += f"={default}"
            (keyword if f.kw_only else positional).append(param)
        elif f.default_factory is not MISSING:
            ns[default] = f.default_factory
            value = f"{default}()"
        elif slots and f.default is not MISSING:
            # Slots leave no class attribute to read the default from.
            ns[default] = f.default
            value = default
        if f._field_type is _FIELD_INITVAR:
            initvars.append(f.name)
        elif value is not None:
            if frozen:
                body.append(f"__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})")
            else:
                body.append(f"{self_name}.{f.name} = {value}")
    if has_post_init:
        body.append(f"{self_name}.__post_init__({', '.join(initvars)})")
    params = [self_name] + positional + (["*"] + keyword if keyword else [])
    src = f"def __init__({', '.join(params)}) -> None:\n"
    src += "".join(f"    {line}\n" for line in body or ["pass"])
    exec(src, ns)
    return ns["__init__"]


_repr_running = set()


def _make_repr(qual, shown):
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            inner = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in shown)
        finally:
            _repr_running.discard(key)
        return f"{type(self).__qualname__}({inner})"
    return __repr__


def _make_compare(name, compared, op):
    # Generated source, as CPython's: the compared fields of both objects as tuples, compared
    # with op when the classes are the same.
    def fields(obj):
        return "(" + "".join(f"{obj}.{f.name}," for f in compared) + ")"
    src = (f"def {name}(self, other):\n"
           f"    if other.__class__ is self.__class__:\n"
           f"        return {fields('self')} {op} {fields('other')}\n"
           f"    return NotImplemented\n")
    ns = {}
    exec(src, ns)
    return ns[name]


def _frozen_setattr(cls, field_list):
    names = {f.name for f in field_list}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)
    return __setattr__


def _frozen_delattr(cls, field_list):
    names = {f.name for f in field_list}

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return __delattr__


def _set_hash(cls, unsafe_hash, eq, frozen, field_list):
    class_hash = cls.__dict__.get("__hash__", MISSING)
    explicit = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hashed))
    __hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
    if unsafe_hash:
        if explicit:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = __hash__
    elif eq and frozen and not explicit:
        cls.__hash__ = __hash__
    elif eq and not frozen and not explicit:
        cls.__hash__ = None


def _add_slots(cls, field_list):
    names = tuple(f.name for f in field_list)
    ns = {k: v for k, v in cls.__dict__.items()
          if k not in names and k not in ("__dict__", "__weakref__")}
    ns["__slots__"] = names
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


def _check_instance(obj, fname):
    if not hasattr(type(obj), "__dataclass_fields__") or isinstance(obj, type):
        raise TypeError(f"{fname}() should be called on dataclass instances")


def fields(class_or_instance):
    """The fields of a dataclass or instance, as a tuple of Field objects."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses and containers."""
    _check_instance(obj, "asdict")
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing likewise."""
    _check_instance(obj, "astuple")
    return _convert_tuple(obj, tuple_factory)


def _deepcopy(value):
    try:
        from copy import deepcopy
    except ImportError:
        return value
    return deepcopy(value)


def _convert(obj, dict_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return dict_factory([(f.name, _convert(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    return _convert_container(obj, lambda v: _convert(v, dict_factory))


def _convert_tuple(obj, tuple_factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple_factory([_convert_tuple(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    return _convert_container(obj, lambda v: _convert_tuple(v, tuple_factory))


def _convert_container(obj, convert):
    if hasattr(type(obj), "_fields") and hasattr(obj, "_asdict"):
        return type(obj)(*[convert(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(convert(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((convert(k), convert(v)) for k, v in obj.items())
    if isinstance(obj, (int, float, str, bool, bytes, type(None))):
        return obj
    return _deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's dataclass with some fields changed."""
    _check_instance(obj, "replace")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            if f._field_type is _FIELD:
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """A new dataclass named cls_name with the given fields."""
    ns = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    ns["__qualname__"] = cls_name
    ns["__module__"] = module or "types"
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)
