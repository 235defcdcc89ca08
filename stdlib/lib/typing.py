"""The typing module: the names type-annotated programs use, with CPython's reprs.

Annotations are for readers and checkers; at run time these objects only need to import,
subscript, print, and answer get_origin/get_args/get_type_hints as CPython's do."""

import sys
from _generic_alias import GenericAlias as _PEP585Alias, UnionType as _UnionType
from _generic_alias import _collect_parameters as _params_of, _alias_eq, _check_arity, _instantiate

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    # How an argument of a subscripted form prints.
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _function():
    pass


_FunctionType = type(_function)


def _convert(arg):
    # An argument as typing stores it: None is NoneType, a string is a ForwardRef.
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type given as a string, to be resolved later."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and other.__forward_arg__ == self.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(_convert(c) for c in constraints)
        self.__bound__ = _convert(bound) if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        # What list[T][arg] puts in T's place.
        return _convert(arg)


class ParamSpec(TypeVar):
    """A parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


class _BaseAlias:
    # What aliases and special forms share: | builds a Union, they cannot be called unless
    # they stand for a class, and they print by their typing name.

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    # An unsubscripted alias or form is typing's name for it: typing.List, typing.Any.
    def __repr__(self):
        return "typing." + self._name


class _GenericAlias(_BaseAlias):
    """A subscripted form: List[int], Stack[T], Union[int, str]."""

    def __init__(self, origin, args, name=None, form=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _params_of(args)
        self._name = name
        self._form = form if form is not None else origin

    def __repr__(self):
        if self._name is None:
            head = _type_repr(self.__origin__)
        else:
            head = "typing." + self._name
        if self._name == "Callable" and len(self.__args__) and self.__args__[0] is not ...:
            args = self.__args__
            if not (len(args) == 2 and args[0] is ...):
                return f"{head}[[{', '.join(_type_repr(a) for a in args[:-1])}], {_type_repr(args[-1])}]"
        if self._name == "Tuple" and not self.__args__:
            return f"{head}[()]"
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        return _alias_eq(self, other, _GenericAlias)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        _check_arity(self, params)
        subst = dict(zip(self.__parameters__, [_convert(p) for p in params]))
        return _GenericAlias(self.__origin__, tuple(_substitute(a, subst) for a in self.__args__),
                             self._name, self._form)

    def __call__(self, *args, **kwargs):
        if self._name is not None or not isinstance(self.__origin__, type):
            name = self._name or _type_repr(self.__origin__)
            raise TypeError(f"Type {name} cannot be instantiated; use {self.__origin__.__name__}() instead"
                            if isinstance(self.__origin__, type) else f"Cannot instantiate {self!r}")
        return _instantiate(self, args, kwargs)

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            if any(b is not self and isinstance(b, type) and issubclass(b, Generic) for b in bases):
                return ()
            return (self.__origin__,)
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _substitute(arg, subst):
    if isinstance(arg, TypeVar):
        return subst.get(arg, arg)
    if isinstance(arg, (_GenericAlias, _PEP585Alias, _UnionType)) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    return arg


class _SpecialGeneric(_BaseAlias):
    """An unsubscripted alias of a class: typing.List, typing.Iterable."""

    def __init__(self, origin, name, nparams):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple":
            if params == ((),):
                params = ()
            return _GenericAlias(self.__origin__, tuple(p if p is ... else _convert(p) for p in params), self._name)
        if self._name == "Callable":
            return _callable(self, params)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self!r}; actual {len(params)}, "
                            f"expected {self._nparams}")
        return _GenericAlias(self.__origin__, tuple(_convert(p) for p in params), self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        return isinstance(other, _SpecialGeneric) and other._name == self._name

    def __hash__(self):
        return hash(self._name)


def _callable(alias, params):
    if len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    args, result = params
    if args is ...:
        return _GenericAlias(alias.__origin__, (..., _convert(result)), "Callable")
    if not isinstance(args, list):
        raise TypeError(f"Callable[args, result]: args must be a list. Got {_type_repr(args)}")
    return _GenericAlias(alias.__origin__, tuple(_convert(a) for a in args) + (_convert(result),), "Callable")


class _SpecialForm(_BaseAlias):
    """A special typing form: Any, Union, Optional, Literal, ClassVar..."""

    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self!r} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self!r} cannot be used with isinstance()")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.Union")


def _union(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        p = _convert(p)
        parts = p.__args__ if isinstance(p, (_UnionAlias, _UnionType)) else (p,)
        for q in parts:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), "Union")


def _optional(form, param):
    return Union[param, None]


def _one_arg(form, param):
    if isinstance(param, tuple):
        raise TypeError(f"{form!r} accepts only single type.")
    return _GenericAlias(form, (_convert(param),), form._name)


def _literal(form, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(form, params, "Literal")


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    def __repr__(self):
        meta = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Annotated[T, x]: the type T with metadata x."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        return _AnnotatedAlias(_convert(params[0]), tuple(params[1:]))


class _AnyMeta(type):
    # Any is a class in 3.11 (so Any | None is a types.UnionType and classes may derive
    # from it), shown as typing.Any and refused by isinstance.
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union)
Optional = _SpecialForm("Optional", _optional)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
Required = _SpecialForm("Required", _one_arg)
NotRequired = _SpecialForm("NotRequired", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Literal = _SpecialForm("Literal", _literal)


class Generic:
    """The base of user generic classes: class Stack(Generic[T])."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_convert(p) for p in params)
        if cls is Generic or cls is Protocol:
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            return _GenericAlias(cls, params)
        expected = cls.__dict__.get("__parameters__", ())
        if len(params) != len(expected):
            many = "many" if len(params) > len(expected) else "few"
            raise TypeError(f"Too {many} arguments for {cls}; actual {len(params)}, "
                            f"expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in params:
                        params.append(p)
        if not params:
            for base in cls.__mro__[1:]:
                if "__parameters__" in base.__dict__ and not cls.__dict__.get("__orig_bases__"):
                    params = list(base.__dict__["__parameters__"])
                    break
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(type):
    # isinstance() against a @runtime_checkable protocol checks that its members exist.
    def __instancecheck__(cls, instance):
        if cls in type(instance).__mro__:
            return True
        if not cls.__dict__.get("_is_protocol", False):
            return False
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        return all(hasattr(instance, name) for name in _protocol_members(cls))

    # issubclass() against a @runtime_checkable protocol of methods only checks that the
    # class's MRO defines them (None blocks one), as CPython's _proto_hook.
    def __subclasscheck__(cls, other):
        if not cls.__dict__.get("_is_protocol", False):
            return type.__subclasscheck__(cls, other)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        members = _protocol_members(cls)
        if not all(callable(getattr(cls, name, None)) for name in members):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in other.__mro__:
            return True
        return _lazy_abc()._check_methods(other, *members) is True


_PROTOCOL_SKIP = frozenset(["__module__", "__qualname__", "__doc__", "__dict__", "__weakref__",
                            "__annotations__", "__parameters__", "__orig_bases__", "_is_protocol",
                            "_is_runtime_protocol", "__init__", "__slots__", "__init_subclass__",
                            "__class_getitem__", "__abstractmethods__", "__protocol_attrs__"])


def _protocol_members(cls):
    names = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if name not in _PROTOCOL_SKIP and name not in names:
                names.append(name)
    return names


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class with the methods a protocol lists matches it."""

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls._is_protocol = any(b is Protocol or (isinstance(b, type) and b.__dict__.get("_is_protocol"))
                               for b in cls.__bases__)


def runtime_checkable(cls):
    """Let isinstance() check a protocol's members."""
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def _lazy_collections():
    import collections
    return collections


def _lazy_abc():
    import collections.abc
    return collections.abc


def _lazy_contextlib():
    import contextlib
    return contextlib


class _LazyGeneric(_SpecialGeneric):
    # An alias of a class of collections, collections.abc or contextlib, imported on first
    # use so that importing typing stays cheap.
    def __init__(self, module, attr, name, nparams):
        self._module = module
        self._attr = attr
        self._name = name
        self._nparams = nparams

    def __getattr__(self, name):
        if name == "__origin__":
            origin = getattr(self._module(), self._attr)
            self.__origin__ = origin
            return origin
        raise AttributeError(name)


def _abc_alias(name, nparams, attr=None):
    return _LazyGeneric(_lazy_abc, attr or name, name, nparams)


Awaitable = _abc_alias("Awaitable", 1)
Coroutine = _abc_alias("Coroutine", 3)
AsyncIterable = _abc_alias("AsyncIterable", 1)
AsyncIterator = _abc_alias("AsyncIterator", 1)
AsyncGenerator = _abc_alias("AsyncGenerator", 2)
Iterable = _abc_alias("Iterable", 1)
Iterator = _abc_alias("Iterator", 1)
Generator = _abc_alias("Generator", 3)
Reversible = _abc_alias("Reversible", 1)
Container = _abc_alias("Container", 1)
Collection = _abc_alias("Collection", 1)
Sequence = _abc_alias("Sequence", 1)
MutableSequence = _abc_alias("MutableSequence", 1)
Mapping = _abc_alias("Mapping", 2)
MutableMapping = _abc_alias("MutableMapping", 2)
MutableSet = _abc_alias("MutableSet", 1)
MappingView = _abc_alias("MappingView", 1)
KeysView = _abc_alias("KeysView", 1)
ItemsView = _abc_alias("ItemsView", 2)
ValuesView = _abc_alias("ValuesView", 1)
Hashable = _abc_alias("Hashable", 0)
Sized = _abc_alias("Sized", 0)
ByteString = _abc_alias("ByteString", 0)

List = _SpecialGeneric(list, "List", 1)
Dict = _SpecialGeneric(dict, "Dict", 2)
Set = _SpecialGeneric(set, "Set", 1)
FrozenSet = _SpecialGeneric(frozenset, "FrozenSet", 1)
Tuple = _SpecialGeneric(tuple, "Tuple", -1)
Type = _SpecialGeneric(type, "Type", 1)
Callable = _abc_alias("Callable", -1)
AbstractSet = _abc_alias("AbstractSet", 1, "Set")
ContextManager = _LazyGeneric(_lazy_contextlib, "AbstractContextManager", "ContextManager", 1)
AsyncContextManager = _LazyGeneric(_lazy_contextlib, "AbstractAsyncContextManager", "AsyncContextManager", 1)
Text = str
AnyStr = TypeVar("AnyStr", bytes, str)


Deque = _LazyGeneric(_lazy_collections, "deque", "Deque", 1)
DefaultDict = _LazyGeneric(_lazy_collections, "defaultdict", "DefaultDict", 2)
OrderedDict = _LazyGeneric(_lazy_collections, "OrderedDict", "OrderedDict", 2)
Counter = _LazyGeneric(_lazy_collections, "Counter", "Counter", 1)
ChainMap = _LazyGeneric(_lazy_collections, "ChainMap", "ChainMap", 2)


def cast(typ, val):
    """Return val unchanged: the cast is for the type checker."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def overload(func):
    """Mark a signature-only variant; the implementation that follows is what runs."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @overload-decorated "
            "functions outside a stub module should always be followed by an implementation "
            "that is not @overload-ed.")
    return _overload_dummy


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def get_origin(tp):
    """The unsubscripted form of a subscripted type: list for List[int]."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGeneric, _PEP585Alias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: (str, int) for Dict[str, int]."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == "Callable" and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, (_PEP585Alias, _UnionType)):
        args = tp.__args__
        # collections.abc.Callable[[int], str] keeps its arguments flattened, as typing's do.
        if type(tp).__name__ == "_CallableGenericAlias" and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class or function, with string annotations resolved."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ns = globalns if globalns is not None else _module_ns(base)
            for name, value in base.__dict__.get("__annotations__", {}).items():
                hints[name] = _resolve(value, ns, localns, include_extras)
        return hints
    ns = globalns if globalns is not None else _module_ns(obj)
    return {name: _resolve(value, ns, localns, include_extras)
            for name, value in getattr(obj, "__annotations__", {}).items()}


def _module_ns(obj):
    # The globals string annotations of obj are resolved in: a function's own, a class's
    # through its methods, else its module's names.
    if isinstance(obj, _FunctionType):
        return obj.__globals__
    if isinstance(obj, type):
        for value in obj.__dict__.values():
            if isinstance(value, (classmethod, staticmethod)):
                value = value.__func__
            if isinstance(value, _FunctionType) and value.__module__ == obj.__module__:
                return value.__globals__
    module = sys.modules.get(getattr(obj, "__module__", None) or "__main__")
    if module is None and isinstance(obj, type(sys)):
        module = obj
    return _ModuleNamespace(module)


class _ModuleNamespace:
    # A module's names as the mapping _ForwardParser looks names up in.
    def __init__(self, module):
        self.module = module

    def __contains__(self, name):
        return self.module is not None and hasattr(self.module, name)

    def __getitem__(self, name):
        return getattr(self.module, name)


def _resolve(value, globalns, localns, include_extras):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = _ForwardParser(value, globalns, localns).parse()
    if isinstance(value, ForwardRef):
        value = _ForwardParser(value.__forward_arg__, globalns, localns).parse()
    if isinstance(value, _AnnotatedAlias) and not include_extras:
        return _resolve(value.__origin__, globalns, localns, include_extras)
    if isinstance(value, _GenericAlias) and any(isinstance(a, ForwardRef) for a in value.__args__):
        args = tuple(_resolve(a, globalns, localns, include_extras) for a in value.__args__)
        if isinstance(value, _UnionAlias):
            return Union[args]
        return _GenericAlias(value.__origin__, args, value._name, value._form)
    if isinstance(value, (_PEP585Alias, _UnionType)):
        # list["int"] and int | list["str"]: the string arguments resolved, as CPython does.
        args = tuple(_resolve(ForwardRef(a) if isinstance(a, str) else a, globalns, localns, include_extras)
                     for a in value.__args__)
        if args == value.__args__:
            return value
        if isinstance(value, _PEP585Alias):
            return _PEP585Alias(value.__origin__, args)
        result = args[0]
        for a in args[1:]:
            result = result | a
        return result
    return value


class _ForwardParser:
    # Evaluates a string annotation made of dotted names, subscripts, lists, None, ... and
    # string literals: what annotations contain, without a general eval.

    def __init__(self, text, globalns, localns):
        self.text = text
        self.pos = 0
        self.globalns = globalns
        self.localns = localns or {}

    def parse(self):
        value = self.expr()
        self.skip()
        if self.pos != len(self.text):
            raise NotImplementedError(f"asyncscript cannot evaluate the annotation {self.text!r}")
        return value

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def peek(self):
        self.skip()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expr(self):
        value = self.atom()
        while self.peek() == "|":
            self.pos += 1
            value = value | self.atom()
        return value

    def atom(self):
        c = self.peek()
        if c == "[":
            self.pos += 1
            items = self.items("]")
            return list(items)
        if c in ("'", '"'):
            end = self.text.index(c, self.pos + 1)
            s = self.text[self.pos + 1:end]
            self.pos = end + 1
            return s
        if self.text.startswith("...", self.pos):
            self.pos += 3
            return ...
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isalnum() or self.text[self.pos] in "_."):
            self.pos += 1
        name = self.text[start:self.pos]
        if not name:
            raise NotImplementedError(f"asyncscript cannot evaluate the annotation {self.text!r}")
        value = self.lookup(name)
        if self.peek() == "[":
            self.pos += 1
            items = self.items("]")
            value = value[items[0] if len(items) == 1 else tuple(items)]
        return value

    def items(self, close):
        out = []
        while self.peek() != close:
            out.append(self.expr())
            if self.peek() == ",":
                self.pos += 1
        self.pos += 1
        return out

    def lookup(self, dotted):
        parts = dotted.split(".")
        head = parts[0]
        if head in self.localns:
            value = self.localns[head]
        elif head in self.globalns:
            value = self.globalns[head]
        elif head == "None":
            value = None
        elif head in _BUILTIN_TYPES:
            value = _BUILTIN_TYPES[head]
        else:
            raise NameError(f"name {head!r} is not defined")
        for p in parts[1:]:
            value = getattr(value, p)
        return value


_BUILTIN_TYPES = {t.__name__: t for t in (
    int, float, str, bytes, bool, list, dict, set, frozenset, tuple, type, object, range, slice,
    BaseException, Exception, ValueError, TypeError, KeyError)}


def NewType(name, tp):
    """A distinct name for a type, for the checker; at run time it returns its argument."""
    return _NewType(name, tp)


class _NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __call__(self, x):
        return x

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"


class _NamedTupleMeta(type):
    # class Point(NamedTuple): the annotated names become a collections.namedtuple.
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root"):
            return super().__new__(mcls, typename, bases, ns)
        from collections import namedtuple
        annotations = ns.get("__annotations__", {})
        fields = list(annotations)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                noun = "field" if len(defaults) == 1 else "fields"
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default "
                                f"{noun} {', '.join(f for f in fields if f in ns)}")
        nt = namedtuple(typename, fields, defaults=defaults)
        nt.__annotations__ = dict(annotations)
        nt.__module__ = ns.get("__module__", "__main__")
        nt.__qualname__ = ns.get("__qualname__", typename)
        if "__doc__" in ns:
            nt.__doc__ = ns["__doc__"]
        for key, value in ns.items():
            if key in fields or key in ("__module__", "__qualname__", "__annotations__", "__doc__",
                                        "__orig_bases__"):
                continue
            if key in ("_make", "_asdict", "_replace", "_fields", "_field_defaults", "__new__", "__init__"):
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
            setattr(nt, key, value)
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


class _NamedTupleFactory:
    # NamedTuple as a base class (class syntax) and as a function (functional syntax).
    def __mro_entries__(self, bases):
        return (_NamedTupleBase,)

    def __call__(self, typename, fields=None, **kwargs):
        if fields is None:
            fields = kwargs.items()
        from collections import namedtuple
        fields = list(fields)
        nt = namedtuple(typename, [n for n, t in fields])
        nt.__annotations__ = dict(fields)
        return nt

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    # class Movie(TypedDict): instances are plain dicts.
    def __new__(mcls, name, bases, ns, total=True):
        own = ns.get("__annotations__", {})
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required |= base.__dict__.get("__required_keys__", set())
            optional |= base.__dict__.get("__optional_keys__", set())
        for key, tp in own.items():
            annotations[key] = tp
            is_required = total
            if isinstance(tp, _GenericAlias) and tp.__origin__ is Required:
                is_required = True
            elif isinstance(tp, _GenericAlias) and tp.__origin__ is NotRequired:
                is_required = False
            (required if is_required else optional).add(key)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        cls = super().__new__(mcls, name, (dict,), ns)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class _TypedDictBase(metaclass=_TypedDictMeta):
    pass


class _TypedDictFactory:
    # TypedDict as a base class (class syntax) and as a function (functional syntax).
    def __mro_entries__(self, bases):
        return (_TypedDictBase,)

    def __call__(self, typename, fields=None, *, total=True, **kwargs):
        ns = {"__annotations__": dict(fields or kwargs), "__module__": "__main__",
              "__qualname__": typename}
        return _TypedDictMeta(typename, (), ns, total=total)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictFactory()


class SupportsInt(Protocol):
    def __int__(self): pass


class SupportsFloat(Protocol):
    def __float__(self): pass


class SupportsIndex(Protocol):
    def __index__(self): pass


class SupportsAbs(Protocol):
    def __abs__(self): pass


class SupportsRound(Protocol):
    def __round__(self, ndigits=0): pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True

del _p
