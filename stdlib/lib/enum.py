"""The enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

asyncscript has no metaclass __prepare__, so the members are collected by EnumType.__new__
from the class namespace, which keeps definition order; auto() values are resolved there,
in the same order CPython resolves them while the body runs."""


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class _Deferred:
    # An expression on auto() values in a class body (RW = R | W), computed once the autos
    # have their values: CPython knows them while the body runs, asyncscript only after it.
    def __init__(self, op, *operands):
        self.op = op
        self.operands = operands

    def __or__(self, other): return _Deferred(_or, self, other)
    def __ror__(self, other): return _Deferred(_or, other, self)
    def __and__(self, other): return _Deferred(_and, self, other)
    def __rand__(self, other): return _Deferred(_and, other, self)
    def __xor__(self, other): return _Deferred(_xor, self, other)
    def __rxor__(self, other): return _Deferred(_xor, other, self)
    def __add__(self, other): return _Deferred(_add, self, other)
    def __radd__(self, other): return _Deferred(_add, other, self)
    def __sub__(self, other): return _Deferred(_sub, self, other)
    def __rsub__(self, other): return _Deferred(_sub, other, self)
    def __invert__(self): return _Deferred(_invert, self)

    def resolve(self):
        return self.op(*[v.resolve() if isinstance(v, _Deferred) else v for v in self.operands])


def _or(a, b): return a | b
def _and(a, b): return a & b
def _xor(a, b): return a ^ b
def _add(a, b): return a + b
def _sub(a, b): return a - b
def _invert(a): return ~a


class auto(_Deferred):
    """A member value chosen by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def resolve(self):
        return self.value

    def __repr__(self):
        return f"auto({self.value!r})"


_builtin_property = property


class property:
    """A member attribute (name, value) that cannot be assigned, as enum.property."""

    def __init__(self, fget):
        self.fget = fget
        self.__doc__ = fget.__doc__

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner

    def __get__(self, obj, objtype=None):
        if obj is None:
            raise AttributeError(f"{objtype!r} has no attribute {self.name!r}")
        return self.fget(obj)

    def __set__(self, obj, value):
        raise AttributeError(f"{self.owner!r} cannot set attribute {self.name!r}")

    def __delete__(self, obj):
        raise AttributeError(f"{self.owner!r} cannot delete attribute {self.name!r}")


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    # __x in a class body is private (CPython names it _Cls__x; asyncscript does not mangle).
    prefix = "_" + cls_name.lstrip("_") + "__"
    return (name.startswith(prefix) or name.startswith("__")) and not name.endswith("__")


def _is_descriptor(obj):
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__") or \
        isinstance(obj, (_FunctionType, classmethod, staticmethod, _builtin_property))


def _function():
    pass


_FunctionType = type(_function)


from types import MappingProxyType as _MappingProxy  # read-only views, as CPython's


def _bits(num):
    # The single bits of a non-negative int, lowest first.
    while num:
        b = num & -num
        yield b
        num ^= b


def _bin(num, max_bits):
    # A flag value in binary with its sign bit apart, as CPython's ValueError shows it.
    sign = "0b1" if num < 0 else "0b0"
    if num < 0:
        num = ~num ^ ((1 << max_bits) - 1) if max_bits else ~num
    digits = format(num, "b")
    if len(digits) < max_bits:
        digits = sign[-1] * (max_bits - len(digits)) + digits
    return f"{sign} {digits}"


class EnumType(type):
    """The metaclass of every enumeration."""

    def __new__(mcls, cls_name, bases, ns, *, boundary=None, **kwargs):
        first_enum = _first_enum(bases)
        if first_enum is None:  # Enum itself
            cls = super().__new__(mcls, cls_name, bases, ns, **kwargs)
            cls._member_names_ = []
            cls._member_map_ = {}
            cls._value2member_map_ = {}
            cls._member_type_ = object
            return cls
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls_name!r}> cannot extend {base!r}")
        member_type = _member_type(bases)
        ignore = ns.pop("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        gen = ns.get("_generate_next_value_") or first_enum._generate_next_value_
        if isinstance(gen, staticmethod):
            gen = gen.__func__
        members = []
        last_values = []
        for key, value in list(ns.items()):
            if key in ignore:
                del ns[key]
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls_name, key) or _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, _Deferred):
                value = value.resolve()
            members.append((key, value))
            last_values.append(value)
            del ns[key]
        if "_order_" in ns:
            del ns["_order_"]
        new_member = ns.get("__new__")
        if new_member is not None:
            ns["__new_member__"] = new_member
            del ns["__new__"]
        cls = super().__new__(mcls, cls_name, bases, ns, **kwargs)
        type.__setattr__(cls, "_member_names_", [])
        type.__setattr__(cls, "_member_map_", {})
        type.__setattr__(cls, "_value2member_map_", {})
        type.__setattr__(cls, "_unhashable_values_", [])
        type.__setattr__(cls, "_member_type_", member_type)
        if boundary is None:
            boundary = getattr(first_enum, "_boundary_", None)
        type.__setattr__(cls, "_boundary_", boundary)
        _fix_methods(cls, ns, first_enum, member_type, bases)
        for key, value in members:
            _add_member(cls, key, value, member_type)
        if Flag is not None and issubclass(cls, Flag):
            _fix_flag_operators(cls, ns)
            _finish_flag(cls)
        return cls

    def __call__(cls, value=_auto_null, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is not None:
            return _functional(cls, value, names, type, start, boundary)
        if value is _auto_null:
            raise TypeError("EnumType.__call__() missing 1 required positional argument: 'value'")
        if not cls._member_map_ and not (Flag is not None and issubclass(cls, Flag)):
            raise TypeError(f"{cls!r} has no members defined")
        return cls._lookup_(value)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                            f"and '{type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(dict(cls._member_map_))

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return f"<{kind} {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)


EnumMeta = EnumType
Flag = ReprEnum = None  # until they are defined below


def _first_enum(bases):
    # The enum base whose methods the new enum takes: the last one, as in CPython.
    for base in reversed(bases):
        for c in base.__mro__:
            if isinstance(c, EnumType):
                return c
    return None


def _member_type(bases):
    # The data type members are made of: the first non-enum base class with a __new__ of
    # its own (int, str, a user data class), or object.
    for base in bases:
        for c in base.__mro__:
            if c is object or isinstance(c, EnumType):
                continue
            if "__new__" in c.__dict__:
                return c
    return object


def _fix_methods(cls, ns, first_enum, member_type, bases):
    # As CPython: the enum's own repr/str/format win over a mixed-in data type's, except in a
    # ReprEnum, which keeps the data type's str() and format().
    keep_data = ReprEnum is not None and ReprEnum in bases
    for name in ("__repr__", "__str__", "__format__"):
        if name in ns:
            continue
        if keep_data and name == "__str__":
            type.__setattr__(cls, name, _data_str(member_type))
            continue
        if keep_data and name == "__format__":
            type.__setattr__(cls, name, lambda self, spec: format(self._value_, spec))
            continue
        definer = None
        for c in cls.__mro__:
            if name in c.__dict__ or c.__module__ == "builtins":
                definer = c
                break
        if definer is object or definer is member_type or definer.__module__ == "builtins":
            type.__setattr__(cls, name, _lookup_mro(first_enum, name))
    if member_type is not object and "__hash__" not in ns:
        # asyncscript finds Enum.__hash__ before the data type's own: hash as the value does.
        type.__setattr__(cls, "__hash__", lambda self: hash(self._value_))


def _data_str(member_type):
    # The data type's str(): its own __str__ if it has one (str does), else its __repr__
    # (int's str() is object's, which calls repr).
    own = member_type is str or any("__str__" in c.__dict__ for c in member_type.__mro__
                                    if c is not object and c.__module__ != "builtins")
    method = member_type.__str__ if own else member_type.__repr__
    return lambda self: method(self)


def _fix_flag_operators(cls, ns):
    # Flag's operators win over a data type's (IntFlag | IntFlag is an IntFlag), as in CPython.
    for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
        if name not in ns:
            type.__setattr__(cls, name, Flag.__dict__[name])


def _lookup_mro(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c.__dict__[name]
    return None


def _add_member(cls, name, value, member_type):
    args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
    new = getattr(cls, "__new_member__", None)
    if new is not None:
        member = new(cls, *args)
    elif member_type is object:
        member = object.__new__(cls)
    else:
        member = member_type.__new__(cls, *args)
    if "_value_" not in member.__dict__:
        if member_type is object:
            member._value_ = value
        else:
            member._value_ = member_type(*args)
    value = member._value_
    member._name_ = name
    member.__objclass__ = cls
    member.__init__(*args)
    canonical = _find_value(cls, value)
    if canonical is not None:
        member = canonical
    elif Flag is None or not issubclass(cls, Flag) or _single_bit(value):
        cls._member_names_.append(name)
    cls._member_map_[name] = member
    try:
        cls._value2member_map_.setdefault(value, member)
    except TypeError:
        cls._unhashable_values_.append(member)
    type.__setattr__(cls, name, member)


def _single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _find_value(cls, value):
    try:
        return cls._value2member_map_.get(value)
    except TypeError:
        for m in cls._unhashable_values_:
            if m._value_ == value:
                return m
    return None


def _functional(cls, name, names, mixin, start, boundary):
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    ns = {}
    if isinstance(names, dict):
        ns.update(names)
    else:
        for i, item in enumerate(names):
            if isinstance(item, str):
                ns[item] = auto()
            else:
                ns[item[0]] = item[1]
    bases = (cls,) if mixin is None else (mixin, cls)
    gen = cls._generate_next_value_

    def start_at(key, first, count, last_values):
        return gen(key, start, count, last_values)
    if start != 1:
        ns["_generate_next_value_"] = start_at
    ns["__module__"] = "__main__"
    ns["__qualname__"] = name
    if boundary is not None:
        return type(cls).__new__(type(cls), name, bases, ns, boundary=boundary)
    return type(cls).__new__(type(cls), name, bases, ns)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @classmethod
    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        m = _find_value(cls, value)
        if m is not None:
            return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} "
                        "instead of None or a valid member")

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwargs):
        pass

    def __repr__(self):
        value = self._member_type_.__repr__(self._value_) if self._member_type_ is not object else repr(self._value_)
        return f"<{type(self).__name__}.{self._name_}: {value}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type."""


class IntEnum(int, ReprEnum):
    """An enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        member = str.__new__(cls, *values)
        member._value_ = str(*values)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """A class decorator: ValueError if two names share a value."""
    dups = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if dups:
        listed = ", ".join(f"{alias} -> {name}" for alias, name in dups)
        raise ValueError(f"duplicate values found in {enumeration!r}: {listed}")
    return enumeration


class FlagBoundary(Enum):
    """What Flag does with a value that has bits outside its members."""
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"

    def __str__(self):
        return self._value_


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _finish_flag(cls):
    mask = 0
    for m in cls._member_map_.values():
        if isinstance(m._value_, int):
            mask |= m._value_
    type.__setattr__(cls, "_flag_mask_", mask)
    singles = 0
    for name in cls._member_names_:
        singles |= cls._member_map_[name]._value_
    type.__setattr__(cls, "_singles_mask_", singles)
    type.__setattr__(cls, "_all_bits_", (1 << mask.bit_length()) - 1)


class Flag(Enum, boundary=STRICT):
    """A set of named bits combined with | & ^ ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        top = max(last_values)
        try:
            return 1 << top.bit_length()
        except Exception:
            raise TypeError(f"invalid flag value {top!r}") from None

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        given = value
        if value < 0:
            value = cls._all_bits_ + 1 + value
        unknown = value & ~mask
        if unknown or value < 0:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(given.bit_length(), mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {given!r}\n    given {_bin(given, width)}\n"
                                 f"  allowed {_bin(mask, width)}")
            if boundary is CONFORM:
                value &= mask
                unknown = 0
            elif boundary is EJECT:
                return value
        known = value & ~unknown
        if cls._member_type_ is object:
            member = object.__new__(cls)
        else:
            member = cls._member_type_.__new__(cls, value)
        member._value_ = value
        names = [m._name_ for m in _iter_members(cls, known)]
        if names and unknown:
            names.append(str(unknown))
        member._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, member)

    def __repr__(self):
        value = self._member_type_.__repr__(self._value_) if self._member_type_ is not object else repr(self._value_)
        if self._name_ is None:
            return f"<{type(self).__name__}: {value}>"
        return f"<{type(self).__name__}.{self._name_}: {value}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return iter(list(_iter_members(type(self), self._value_)))

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(other).__qualname__}' "
                            f"and '{type(self).__qualname__}'")
        return other._value_ & self._value_ == other._value_

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)


def _iter_members(cls, value):
    # The canonical members whose bits are all in value, in definition order.
    for name in cls._member_names_:
        m = cls._member_map_[name]
        if m._value_ & value == m._value_ and m._value_:
            yield m


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints."""


__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "property", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP"]
