"""The collections module: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap.

asyncscript cannot yet derive classes from dict or tuple, so these classes hold a dict or a
list and implement the mapping and sequence protocols themselves: they behave as CPython's
but isinstance(x, dict) and isinstance(x, tuple) are False for them."""


class _DictWrapper:
    # The mapping protocol over self._d; subclasses add their own behaviour.
    __abc_tpflags__ = 1 << 6  # match statements treat it as a mapping, as CPython's dict subclasses
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def __contains__(self, k): return k in self._d
    def __getitem__(self, k):
        try:
            return self._d[k]
        except KeyError:
            return self.__missing__(k)
    def __missing__(self, k): raise KeyError(k)
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __eq__(self, other):
        return self._d == (other._d if isinstance(other, _DictWrapper) else other)
    __hash__ = None
    def keys(self): return self._d.keys()
    def values(self): return self._d.values()
    def items(self): return self._d.items()
    def get(self, k, default=None): return self._d.get(k, default)
    def pop(self, k, *default): return self._d.pop(k, *default)
    def popitem(self): return self._d.popitem()
    def setdefault(self, k, default=None): return self._d.setdefault(k, default)
    def clear(self): self._d.clear()
    def update(self, other=(), **kw):
        self._d.update(other._d if isinstance(other, _DictWrapper) else other, **kw)
    def copy(self):
        c = self._empty()
        c._d = dict(self._d)
        return c


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kw):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._d = dict(*args, **kw)

    def _empty(self):
        return defaultdict(self.default_factory)

    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self._d[k] = v
        return v

    def __repr__(self):
        f = self.default_factory
        return f"defaultdict({f!r}, {self._d!r})"


class OrderedDict(_DictWrapper):
    def __init__(self, other=(), **kw):
        self._d = {}
        self.update(other, **kw)

    def _empty(self):
        return OrderedDict()

    def move_to_end(self, key, last=True):
        v = self._d.pop(key)
        if last:
            self._d[key] = v
        else:
            rest = self._d
            self._d = {key: v}
            self._d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        k = next(reversed(list(self._d))) if last else next(iter(self._d))
        return k, self._d.pop(k)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictWrapper.__eq__(self, other)

    def __reversed__(self):
        return reversed(list(self._d))

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return f"OrderedDict({list(self._d.items())!r})"


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kw):
        self._d = {}
        self.update(iterable, **kw)

    def _empty(self):
        return Counter()

    def __missing__(self, k):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for k, c in self._d.items():
            for _ in range(c):
                yield k

    def update(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) + v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) + 1
        if kw:
            self.update(kw)

    def subtract(self, iterable=None, **kw):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) - v
            else:
                for k in iterable:
                    self._d[k] = self._d.get(k, 0) - 1
        if kw:
            self.subtract(kw)

    def __delitem__(self, k):
        if k in self._d:
            del self._d[k]

    def _keep(self, pairs):
        c = Counter()
        for k, v in pairs:
            if v > 0:
                c._d[k] = v
        return c

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self._d) + [k for k in other._d if k not in self._d]
        return self._keep((k, self[k] + other[k]) for k in keys)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self._d) + [k for k in other._d if k not in self._d and other._d[k] < 0]
        return self._keep((k, self[k] - other[k]) for k in keys)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self._d) + [k for k in other._d if k not in self._d]
        return self._keep((k, max(self[k], other[k])) for k in keys)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._keep((k, min(v, other[k])) for k, v in self._d.items())

    def __pos__(self):
        return self._keep(self._d.items())

    def __neg__(self):
        return self._keep((k, -v) for k, v in self._d.items())

    def __repr__(self):
        if not self._d:
            return "Counter()"
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common())
        return "Counter({" + inner + "})"


class ChainMap:
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


class deque:
    """A double-ended queue; appends and pops at either end. Held as a list (appendleft is
    linear in the length here)."""

    __abc_tpflags__ = 1 << 5  # match statements treat it as a sequence, as CPython does

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self): self._items.clear()
    def count(self, x): return self._items.count(x)
    def reverse(self): self._items.reverse()
    def copy(self): return deque(self._items, self._maxlen)

    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def __len__(self): return len(self._items)
    def __iter__(self): return iter(self._items)
    def __reversed__(self): return reversed(self._items)
    def __contains__(self, x): return x in self._items
    def __bool__(self): return bool(self._items)

    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __setitem__(self, i, v):
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    __hash__ = None

    def __repr__(self):
        if self._maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self._maxlen})"


class _NamedTupleBase:
    # The behaviour every namedtuple class shares; the class namedtuple() makes derives from it.
    __slots__ = ()
    __abc_tpflags__ = 1 << 5  # a tuple subclass in CPython: match statements see a sequence

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__}.__new__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in cls._field_defaults:
                values.append(cls._field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs and n not in cls._field_defaults]
                quoted = [repr(n) for n in missing]
                noun = "argument" if len(missing) == 1 else "arguments"
                listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
                raise TypeError(f"{cls.__name__}.__new__() missing {len(missing)} required positional {noun}: {listed}")
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError(f"{cls.__name__}.__new__() got multiple values for argument '{name}'")
            raise TypeError(f"{cls.__name__}.__new__() got an unexpected keyword argument '{name}'")
        self._values = tuple(values)

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self._values[fields.index(name)]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == "_values":
            object.__setattr__(self, name, value)
            return
        raise AttributeError("can't set attribute")

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, **kwargs):
        fields = type(self)._fields
        for k in kwargs:
            if k not in fields:
                raise ValueError(f"Got unexpected field names: {list(kwargs)!r}")
        return type(self)(*[kwargs.get(f, v) for f, v in zip(fields, self._values)])

    def _asdict(self):
        return dict(zip(type(self)._fields, self._values))

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(type(self)._fields, self._values))
        return f"{type(self).__name__}({inner})"

    def __iter__(self): return iter(self._values)
    def __len__(self): return len(self._values)
    def __getitem__(self, i): return self._values[i]
    def __contains__(self, x): return x in self._values
    def __hash__(self): return hash(self._values)
    def count(self, x): return self._values.count(x)
    def index(self, x): return self._values.index(x)

    def _cmp_values(self, other):
        return other._values if isinstance(other, _NamedTupleBase) else other

    def __eq__(self, other): return self._values == self._cmp_values(other)
    def __lt__(self, other): return self._values < self._cmp_values(other)
    def __le__(self, other): return self._values <= self._cmp_values(other)
    def __gt__(self, other): return self._values > self._cmp_values(other)
    def __ge__(self, other): return self._values >= self._cmp_values(other)
    def __add__(self, other): return self._values + self._cmp_values(other)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(n) for n in field_names]
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or name.startswith("_") or name in seen
                    or name in _KEYWORDS):
                field_names[i] = f"_{i}"
            seen.add(field_names[i])
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
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

    class _Tuple(_NamedTupleBase):
        __slots__ = ()

    _Tuple.__name__ = typename
    _Tuple.__qualname__ = typename
    _Tuple._fields = tuple(field_names)
    _Tuple.__match_args__ = tuple(field_names)
    _Tuple._field_defaults = field_defaults
    return _Tuple


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield"])
