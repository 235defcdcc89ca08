"""inspect's signature objects: Parameter, Signature, BoundArguments and signature(), as in
CPython 3.11. inspect re-exports them; their classes say they belong to inspect (in their class
bodies: assigning a class's __module__ later does not change its repr in asyncscript yet)."""

import sys as _sys
import types as _types
from enum import IntEnum as _IntEnum
from _readonly import field as _field


class _void:
    """A marker: the argument was not given."""

    __module__ = "inspect"


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""

    __module__ = "inspect"


class _ParameterKind(_IntEnum):
    __module__ = "inspect"

    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    0: "positional-only",
    1: "positional or keyword",
    2: "variadic positional",
    3: "keyword-only",
    4: "variadic keyword",
}

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def _strip_typing(text):
    # The dotted names in a typing annotation's repr, without their "typing." prefix.
    out = []
    i = 0
    while i < len(text):
        at_word = i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_.")
        if at_word and text.startswith("typing.", i):
            i += len("typing.")
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


# types.GenericAlias once the interpreter has it (list[int] is list itself today).
_GENERIC_ALIAS = getattr(_types, "GenericAlias", ())


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: a class by its (qualified) name, a typing
    construct without "typing.", anything else by its repr."""
    if getattr(annotation, "__module__", None) == "typing":
        return _strip_typing(repr(annotation))
    if isinstance(annotation, _GENERIC_ALIAS):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation."""

    __module__ = "inspect"

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            msg = "{} parameters cannot have default values"
            raise ValueError(msg.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ("implicit arguments must be passed as positional or keyword "
                       "arguments, not {}")
                raise ValueError(msg.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = "implicit" + name[1:]
        import keyword
        # A keyword is a valid name for a positional-only parameter, which is never
        # passed by name.
        is_keyword = keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if is_keyword or not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    name = _field("_name")
    default = _field("_default")
    annotation = _field("_annotation")
    kind = _field("_kind")

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = " = " if self._annotation is not _empty else "="
            formatted = formatted + sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif self._kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: which argument each parameter receives."""

    __module__ = "inspect"

    __slots__ = ("arguments", "_signature")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = _field("_signature")

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param_name not in self.arguments:
                break
            arg = self.arguments[param_name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for param_name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif param_name not in self.arguments:
                    started = True
                    continue
            if not started or param_name not in self.arguments:
                continue
            arg = self.arguments[param_name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(arg)
            else:
                kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments: () for *args, {} for **kwargs."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                val = param.default
            elif param.kind is _VAR_POSITIONAL:
                val = ()
            elif param.kind is _VAR_KEYWORD:
                val = {}
            else:
                continue
            new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


def _check_order(params):
    # Signature's validation of its parameters, with CPython's messages.
    top_kind = _POSITIONAL_ONLY
    seen_default = False
    names = {}
    for param in params:
        kind = param.kind
        name = param.name
        if kind < top_kind:
            msg = "wrong parameter order: {} parameter before {} parameter"
            raise ValueError(msg.format(top_kind.description, kind.description))
        if kind > top_kind:
            top_kind = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if seen_default:
                    raise ValueError("non-default argument follows default argument")
            else:
                seen_default = True
        if name in names:
            raise ValueError("duplicate parameter name: {!r}".format(name))
        names[name] = param
    return names


class Signature:
    """A callable's parameters and return annotation."""

    __module__ = "inspect"

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = _check_order(parameters)
        else:
            params = {param.name: param for param in parameters}
        from collections import OrderedDict
        self._parameters = _types.MappingProxyType(OrderedDict(params))
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, follow_wrapped)

    parameters = _field("_parameters")
    return_annotation = _field("_return_annotation")

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo_params = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        return hash((params, frozenset(kwo_params.values()), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                param = next(parameters, None)
                if param is None or param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        msg = "{arg!r} parameter is positional only, but was passed as a keyword"
                        raise TypeError(msg.format(arg=param.name)) from None
                    parameters_ex = (param,)
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty or partial:
                    parameters_ex = (param,)
                    break
                msg = "missing a required argument: {arg!r}"
                raise TypeError(msg.format(arg=param.name)) from None
            param = next(parameters, None)
            if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError("too many positional arguments") from None
            if param.kind == _VAR_POSITIONAL:
                values = [arg_val]
                values.extend(arg_vals)
                arguments[param.name] = tuple(values)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument {arg!r}".format(
                    arg=param.name)) from None
            arguments[param.name] = arg_val

        kwargs_param = None
        for param in [*parameters_ex, *parameters]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            if param_name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError("missing a required argument: {arg!r}".format(
                        arg=param_name)) from None
                continue
            arg_val = kwargs.pop(param_name)
            if param.kind == _POSITIONAL_ONLY:
                msg = "{arg!r} parameter is positional only, but was passed as a keyword"
                raise TypeError(msg.format(arg=param.name))
            arguments[param_name] = arg_val

        if kwargs:
            if kwargs_param is None:
                raise TypeError("got an unexpected keyword argument {arg!r}".format(
                    arg=next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object that maps the passed args and kwargs to the
        function's signature; TypeError if they do not fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self.return_annotation))
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return _signature_from_callable(obj, follow_wrapped)


def _signature_from_function(func):
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_left = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
        if posonly_left:
            posonly_left -= 1
    index = pos_count + keyword_only_count
    if code.co_flags & 4:  # CO_VARARGS
        name = arg_names[index]
        index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & 8:  # CO_VARKEYWORDS
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return Signature(parameters, return_annotation=annotations.get("return", _empty),
                     __validate_parameters__=False)


def _signature_bound_method(sig):
    # The signature of a method bound to its first argument.
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_get_partial(wrapped_sig, partial):
    # What a functools.partial leaves of its function's parameters.
    old_params = wrapped_sig.parameters
    partial_keywords = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*partial.args, **partial_keywords)
    except TypeError:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from None
    new_params = dict(old_params.items())
    transform_to_kwonly = False
    for param_name, param in old_params.items():
        if param_name in ba.arguments:
            arg_value = ba.arguments[param_name]
            if param.kind is _POSITIONAL_ONLY:
                new_params.pop(param_name)
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if param_name not in partial_keywords:
                    new_params.pop(param_name)
                    continue
                transform_to_kwonly = True
                new_params[param_name] = param.replace(default=arg_value)
            if param.kind is _KEYWORD_ONLY:
                new_params[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[param_name] = new_params.pop(param_name).replace(kind=_KEYWORD_ONLY)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params[param_name] = new_params.pop(param_name)
            elif param.kind is _VAR_POSITIONAL:
                new_params.pop(param_name)
    return wrapped_sig.replace(parameters=new_params.values())


def _user_defined_method(cls, name):
    # cls's attribute name when a script (not the interpreter) defined it.
    meth = getattr(cls, name, None)
    if meth is None or isinstance(meth, _types.BuiltinFunctionType):
        return None
    return meth


def _signature_from_class(cls, follow_wrapped, skip_bound_arg):
    new = _user_defined_method(cls, "__new__")
    init = _user_defined_method(cls, "__init__")
    own = vars(cls)
    if "__new__" in own and new is not None:
        factory = new
    elif "__init__" in own and init is not None:
        factory = init
    else:
        factory = new if new is not None else init
    if factory is not None:
        if getattr(factory, "__module__", None) == "dataclasses" and factory is init:
            sig = _signature_of_dataclass(cls)
            if skip_bound_arg:
                return sig
            self = Parameter("self", _POSITIONAL_OR_KEYWORD)
            return sig.replace(parameters=[self, *sig.parameters.values()])
        return _bound(_signature_from_callable(factory, follow_wrapped), skip_bound_arg)
    if type not in cls.__mro__ and cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return Signature()
    raise ValueError("no signature found for builtin type {!r}".format(cls))


class _HasDefaultFactory:
    """The default a dataclass's signature shows for a field with a default_factory."""

    __module__ = "dataclasses"

    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _signature_of_dataclass(cls):
    # asyncscript's dataclass __init__ takes (*args, **kwargs) and binds them itself; its
    # signature is the one CPython's generated __init__ has, made from the fields.
    import dataclasses
    fields = [f for f in cls.__dataclass_fields__.values()
              if f._field_type is not dataclasses._FIELD_CLASSVAR and f.init]
    params = []
    for kw_only in (False, True):
        for f in fields:
            if f.kw_only != kw_only:
                continue
            if f.default_factory is not dataclasses.MISSING:
                default = _HAS_DEFAULT_FACTORY
            elif f.default is not dataclasses.MISSING:
                default = f.default
            else:
                default = _empty
            kind = _KEYWORD_ONLY if kw_only else _POSITIONAL_OR_KEYWORD
            params.append(Parameter(f.name, kind, default=default, annotation=f.type))
    return Signature(params, return_annotation=None, __validate_parameters__=False)


def _bound(sig, skip_bound_arg):
    # The signature of a method called through an instance (or a class called), whose first
    # parameter is bound unless skip_bound_arg is false (getfullargspec).
    return _signature_bound_method(sig) if skip_bound_arg else sig


def _signature_from_callable(obj, follow_wrapped, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, _types.MethodType):
        return _bound(_signature_from_callable(obj.__func__, follow_wrapped), skip_bound_arg)
    if follow_wrapped:
        from inspect import unwrap
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, _types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, skip_bound_arg)
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isinstance(obj, _types.FunctionType):
        return _signature_from_function(obj)
    if isinstance(obj, _types.BuiltinFunctionType):
        raise ValueError("no signature found for builtin {!r}".format(obj))
    functools = _sys.modules.get("functools")
    if functools is not None and isinstance(obj, functools.partial):
        return _signature_get_partial(_signature_from_callable(obj.func, follow_wrapped), obj)
    if isinstance(obj, type):
        return _signature_from_class(obj, follow_wrapped, skip_bound_arg)
    call = _user_defined_method(type(obj), "__call__")
    if call is None:
        raise ValueError("callable {!r} is not supported by signature".format(obj))
    return _bound(_signature_from_callable(call, follow_wrapped), skip_bound_arg)


_FullArgSpec = None


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters, as a named tuple
    FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations);
    a bound method's first parameter is kept."""
    global _FullArgSpec
    if _FullArgSpec is None:
        from collections import namedtuple
        _FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, "
                                  "kwonlyargs, kwonlydefaults, annotations", module="inspect")
    try:
        sig = _signature_from_callable(func, False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonlyargs = [], []
    varargs = varkw = None
    defaults, kwdefaults, annotations = (), {}, {}
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return _FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                        annotations)
