"""collections.UserDict, UserList and UserString: classes that keep a real dict, list or str
in their .data attribute and route every operation through their own methods, so a subclass
can override one method (__setitem__, __getitem__...) and have the rest follow it.

collections loads this module when a program first names one of them, so a plain
`import collections` does not pay for it (nor for collections.abc, whose MutableMapping,
MutableSequence and Sequence they derive from, as in CPython)."""

import sys as _sys
from collections import _fromkeys
from collections.abc import MutableMapping, MutableSequence, Sequence


def _fresh_like(obj, data):
    # A new instance of obj's class, without __init__, with obj's attributes but data as .data:
    # what copy.copy makes of the User classes.
    cls = type(obj)
    twin = cls.__new__(cls)
    twin.__dict__.update(obj.__dict__)
    twin.__dict__["data"] = data
    return twin


def _comparisons(owner, data_of):
    # The ordering methods of a wrapper class named owner, in the order lt, le, eq, gt, ge:
    # its .data compared with data_of(other), so a TypeError names the wrapped types.
    ops = (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
           ("__eq__", lambda a, b: a == b), ("__gt__", lambda a, b: a > b),
           ("__ge__", lambda a, b: a >= b))
    methods = []
    for name, op in ops:
        def compare(self, other, op=op):
            return op(self.data, data_of(other))
        compare.__name__ = name
        compare.__qualname__ = owner + "." + name
        methods.append(compare)
    return methods


def _on_data(builtin):
    # The method __NAME__ that is builtin NAME (len, repr, int...) applied to .data.
    def method(self):
        return builtin(self.data)
    method.__name__ = f"__{builtin.__name__}__"
    return method


def _dict_data(value):
    # A UserDict's dict, or value itself.
    return value.data if isinstance(value, UserDict) else value


def _list_data(value):
    # A UserList's list, or value itself.
    return value.data if isinstance(value, UserList) else value


def _string_data(value):
    # A UserString's str, or value itself.
    return value.data if isinstance(value, UserString) else value


class UserDict(MutableMapping):
    """A dict-like class whose items live in the dict .data. get, pop, setdefault, update,
    keys, items, values and == come from MutableMapping and so go through __getitem__,
    __setitem__ and __delitem__; a subclass's __missing__ answers for absent keys."""

    __module__ = "collections"

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return type(self)(self.data | _dict_data(other))

    def __ror__(self, other):
        if not isinstance(other, (UserDict, dict)):
            return NotImplemented
        return type(self)(_dict_data(other) | self.data)

    def __ior__(self, other):
        self.data |= _dict_data(other)
        return self

    def __copy__(self):
        return _fresh_like(self, self.data.copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass's copy is copy.copy of it emptied, refilled through its own __setitem__
        # (which may normalise keys), so its other attributes come along.
        import copy
        items, self.data = self.data, {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = items
        twin.update(self)
        return twin

    fromkeys = classmethod(_fromkeys)


def _as_list(other):
    # The list to concatenate for other: a UserList's .data, a list itself, else list(other).
    other = _list_data(other)
    return other if isinstance(other, list) else list(other)


class UserList(MutableSequence):
    """A list-like class whose items live in the list .data. Slices, +, * and copy() make
    instances of the caller's class."""

    __module__ = "collections"

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) is list:
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    __lt__, __le__, __eq__, __gt__, __ge__ = _comparisons("UserList", _list_data)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        return type(self)(self.data + _as_list(other))

    def __radd__(self, other):
        return type(self)(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _fresh_like(self, self.data[:])

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_list_data(other))


_REQUIRED = object()  # a parameter with no default, in _KEYWORDS
_SEARCH = (("start", 0), ("end", _sys.maxsize))

# The parameters of the UserString methods that take by keyword what str's take only by
# position, with their defaults: CPython's UserString declares them so.
_KEYWORDS = {
    "count": (("sub", _REQUIRED),) + _SEARCH, "find": (("sub", _REQUIRED),) + _SEARCH,
    "rfind": (("sub", _REQUIRED),) + _SEARCH, "index": (("sub", _REQUIRED),) + _SEARCH,
    "rindex": (("sub", _REQUIRED),) + _SEARCH,
    "startswith": (("prefix", _REQUIRED),) + _SEARCH,
    "endswith": (("suffix", _REQUIRED),) + _SEARCH,
    "center": (("width", _REQUIRED),), "ljust": (("width", _REQUIRED),),
    "rjust": (("width", _REQUIRED),), "zfill": (("width", _REQUIRED),),
    "strip": (("chars", None),), "lstrip": (("chars", None),), "rstrip": (("chars", None),),
    "replace": (("old", _REQUIRED), ("new", _REQUIRED), ("maxsplit", -1)),
    "join": (("seq", _REQUIRED),), "partition": (("sep", _REQUIRED),),
    "rpartition": (("sep", _REQUIRED),), "format_map": (("mapping", _REQUIRED),),
}


def _positional(name, params, args, kwargs):
    # The arguments of a call of UserString.name as positional ones, keywords (which str's
    # method would refuse) put in their places and skipped parameters given their defaults.
    args = list(args)
    for i, (param, default) in enumerate(params):
        if param not in kwargs:
            continue
        if i < len(args):
            raise TypeError(f"UserString.{name}() got multiple values for argument '{param}'")
        for skipped, value in params[len(args):i]:
            if value is _REQUIRED:
                raise TypeError(f"UserString.{name}() missing 1 required positional "
                                f"argument: '{skipped}'")
            args.append(value)
        args.append(kwargs.pop(param))
    if kwargs:
        raise TypeError(f"UserString.{name}() got an unexpected keyword argument "
                        f"'{next(iter(kwargs))}'")
    return args


def _string_method(name, wrap, unwrapped=0):
    # A UserString method calling str's method name on .data. Its first unwrapped arguments
    # may be UserStrings (the substring of find, count, replace...), and when wrap its result
    # becomes an instance of the caller's class: which of str's methods do what is CPython's.
    method = getattr(str, name)
    params = _KEYWORDS.get(name)

    def call(self, /, *args, **kwargs):
        if kwargs and params is not None:
            args, kwargs = _positional(name, params, args, kwargs), {}
        if unwrapped:
            args = [_string_data(a) for a in args[:unwrapped]] + list(args[unwrapped:])
        result = method(self.data, *args, **kwargs)
        return type(self)(result) if wrap else result
    call.__name__ = name
    call.__qualname__ = "UserString." + name
    call.__doc__ = method.__doc__
    return call


# str's methods as UserString has them, with how many leading arguments it unwraps: those that
# make strings return a UserString, the rest (tests, searches, split, partition, join,
# format) str's own results.
_WRAPPED = {"capitalize": 0, "casefold": 0, "center": 0, "expandtabs": 0, "ljust": 0,
            "lower": 0, "lstrip": 0, "removeprefix": 1, "removesuffix": 1, "replace": 2,
            "rjust": 0, "rstrip": 0, "strip": 0, "swapcase": 0, "title": 0, "translate": 0,
            "upper": 0, "zfill": 0}
_PLAIN = {"count": 1, "endswith": 0, "find": 1, "format": 0, "format_map": 0, "index": 0,
          "isalpha": 0, "isalnum": 0, "isascii": 0, "isdecimal": 0, "isdigit": 0,
          "isidentifier": 0, "islower": 0, "isnumeric": 0, "isprintable": 0, "isspace": 0,
          "istitle": 0, "isupper": 0, "join": 0, "partition": 0, "rfind": 1, "rindex": 0,
          "rpartition": 0, "rsplit": 0, "split": 0, "splitlines": 0, "startswith": 0}


class UserString(Sequence):
    """A str-like class whose text is the str .data. Methods that make new strings (upper,
    replace, slicing, +, *, %...) return instances of the caller's class; split, partition,
    join and format return str's own results."""

    __module__ = "collections"

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data
        else:
            self.data = str(seq)

    __str__ = _on_data(str)
    __repr__ = _on_data(repr)
    __int__ = _on_data(int)
    __float__ = _on_data(float)
    __complex__ = _on_data(complex)
    __hash__ = _on_data(hash)

    __lt__, __le__, __eq__, __gt__, __ge__ = _comparisons("UserString", _string_data)

    def __contains__(self, char):
        return _string_data(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        other = _string_data(other)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode("utf-8" if encoding is None else encoding,
                                "strict" if errors is None else errors)

    maketrans = str.maketrans


for _name, _count in _WRAPPED.items():
    setattr(UserString, _name, _string_method(_name, True, _count))
for _name, _count in _PLAIN.items():
    setattr(UserString, _name, _string_method(_name, False, _count))
del _name, _count
