"""The collections module: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap,
UserDict, UserList and UserString.

defaultdict, Counter and OrderedDict derive from dict and namedtuple classes from tuple, as
in CPython. collections.abc is a submodule, loaded when first named; so are the User classes
(from _collections_user), which need it."""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

from _generic_alias import GenericAlias as _GenericAlias
import _collections
from _collections import _count_elements, deque, _tuplegetter

_dict_setitem = dict.__setitem__
_dict_pop = dict.pop


def _dict_union(self, left, right):
    # left | right where one of them is self, a defaultdict or an OrderedDict: a new one like
    # self (self._like) with left's items, then right's; NotImplemented if the other is no dict.
    if not isinstance(left if right is self else right, dict):
        return NotImplemented
    new = self._like(left)
    new.update(right)
    return new


def _fromkeys(cls, iterable, value=None):
    # fromkeys of OrderedDict and UserDict: cls() with each key set to value through
    # cls's __setitem__.
    made = cls()
    for key in iterable:
        made[key] = value
    return made


_fromkeys.__name__ = "fromkeys"


class defaultdict(dict):
    """A dict that makes a missing key's value by calling default_factory."""

    __type_name__ = "collections.defaultdict"  # CPython's C type name, in error messages

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def _like(self, mapping):
        # A defaultdict of self's type and factory holding mapping's items, as | makes.
        return type(self)(self.default_factory, mapping)

    def __or__(self, other):
        return _dict_union(self, self, other)

    def __ror__(self, other):
        return _dict_union(self, other, self)

    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"


class _OrderedView:
    # The keys(), values() and items() of an OrderedDict: dict's views under CPython's
    # odict_* names.
    __slots__ = ("_view",)

    def __init__(self, view):
        self._view = view

    def __iter__(self): return iter(self._view)
    def __len__(self): return len(self._view)
    def __contains__(self, x): return x in self._view
    def __reversed__(self): return reversed(self._view)
    def __eq__(self, other): return self._view == other
    def __repr__(self): return f"{type(self).__name__}({list(self._view)!r})"


class odict_keys(_OrderedView):
    __slots__ = ()
    def __and__(self, other): return self._view & other
    def __or__(self, other): return self._view | other
    def __sub__(self, other): return self._view - other
    def __xor__(self, other): return self._view ^ other


class odict_values(_OrderedView):
    __slots__ = ()
    __eq__ = object.__eq__


class odict_items(odict_keys):
    __slots__ = ()


class OrderedDict(dict):
    """A dict that remembers the order of insertion and can reorder: move_to_end and
    popitem(last=False); equality between two OrderedDicts looks at the order."""

    __type_name__ = "collections.OrderedDict"  # CPython's C type name, in error messages

    def __init__(self, other=(), /, **kwargs):
        self.update(other, **kwargs)

    def move_to_end(self, key, last=True):
        value = _dict_pop(self, key)
        if last:
            _dict_setitem(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        _dict_setitem(self, key, value)
        for k, v in rest:
            _dict_setitem(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, _dict_pop(self, key)

    def keys(self): return odict_keys(dict.keys(self))
    def values(self): return odict_values(dict.values(self))
    def items(self): return odict_items(dict.items(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    fromkeys = classmethod(_fromkeys)

    def _like(self, mapping):
        # An OrderedDict of self's type holding mapping's items, as | makes.
        return type(self)(mapping)

    def __or__(self, other):
        return _dict_union(self, self, other)

    def __ror__(self, other):
        return _dict_union(self, other, self)

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(dict.items(self))!r})"


class Counter(dict):
    """A dict counting hashable things: a missing key counts 0."""

    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_second, reverse=True)
        return items if n is None else items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if hasattr(iterable, "keys"):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if hasattr(iterable, "keys"):
                for elem in iterable.keys():
                    self[elem] = get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f"{type(self).__name__}({d!r})"

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def _combine(self, other, op, keep_other):
        # The counts op gives each of self's keys, then other's own keys: the positive ones
        # (keep_other makes an other-only count positive: -c for subtraction). Only between
        # Counters: with anything else the operator is not ours.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = op(count, other[elem])
            if n > 0:
                result[elem] = n
        if keep_other is not None:
            for elem, count in other.items():
                if elem not in self:
                    n = keep_other(count)
                    if n > 0:
                        result[elem] = n
        return result

    def __add__(self, other):
        return self._combine(other, _add, _same)

    def __sub__(self, other):
        return self._combine(other, _sub, _negate)

    def __or__(self, other):
        return self._combine(other, _max, _same)

    def __and__(self, other):
        return self._combine(other, _min, None)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair): return pair[1]
def _add(a, b): return a + b
def _sub(a, b): return a - b
def _max(a, b): return b if a < b else a
def _min(a, b): return a if a < b else b
def _same(c): return c
def _negate(c): return 0 - c


class ChainMap:
    __class_getitem__ = classmethod(_GenericAlias)
    __abc_tpflags__ = 1 << 6  # a collections.abc.MutableMapping in CPython

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return iter(seen)

    def keys(self): return list(self)
    def items(self): return [(k, self[k]) for k in self]
    def values(self): return [self[k] for k in self]

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return ChainMap(m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return "ChainMap(" + ", ".join(repr(m) for m in self.maps) + ")"


def _nt_new(typename, fields, defaults):
    # Generated source, as CPython's: a function taking the fields as parameters, so binding
    # them (and its errors) is the interpreter's own and a call builds the tuple directly.
    args = ", ".join(fields) + ("," if len(fields) == 1 else "")
    new = eval(f"lambda _cls, {args}: _tuple_new(_cls, ({args}))",
               {"_tuple_new": tuple.__new__, "__builtins__": {}, "__name__": f"namedtuple_{typename}"})
    new.__name__ = "__new__"
    new.__qualname__ = f"{typename}.__new__"
    new.__doc__ = f"Create new instance of {typename}({', '.join(fields)})"
    if defaults:
        new.__defaults__ = defaults
    return new


@classmethod
def _nt_make(cls, iterable):
    result = tuple.__new__(cls, iterable)
    if len(result) != len(cls._fields):
        raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
    return result


def _nt_replace(self, /, **kwds):
    result = self._make(map(kwds.pop, self._fields, self))
    if kwds:
        raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
    return result


def _nt_repr(self):
    inner = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self))
    return f"{type(self).__name__}({inner})"


def _nt_asdict(self):
    return dict(zip(self._fields, self))


def _nt_getnewargs(self):
    return tuple(self)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items are also named attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = f"_{index}"
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    fields = tuple(field_names)
    if module is None:
        module = _collections.caller_module(1) or "__main__"
    ns = {
        "__doc__": f"{typename}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": _nt_new(typename, fields, defaults),
        "_make": _nt_make,
        "_replace": _nt_replace,
        "__repr__": _nt_repr,
        "_asdict": _nt_asdict,
        "__getnewargs__": _nt_getnewargs,
        "__match_args__": fields,
        "__module__": module,
    }
    for index, name in enumerate(fields):
        ns[name] = _tuplegetter(index, f"Alias for field number {index}")
    return type(typename, (tuple,), ns)


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield"])


_USER_CLASSES = ("UserDict", "UserList", "UserString")


def __getattr__(name):
    # The User classes, imported on first use: they derive from collections.abc's classes,
    # which a program that never names them should not have to load.
    if name not in _USER_CLASSES:
        raise AttributeError(f"module 'collections' has no attribute '{name}'")
    import _collections_user
    for user in _USER_CLASSES:
        globals()[user] = getattr(_collections_user, user)
    return globals()[name]


def __dir__():
    # The module's names, with the User classes before they are loaded.
    return list(set(globals()) | set(_USER_CLASSES))
