"""The collections.abc module: abstract base classes for containers, as in CPython.

isinstance and issubclass against them work three ways, as CPython's: classes deriving from
them, classes registered with them (the built-in types are), and, for the one-trick ABCs
(Iterable, Sized, Hashable...), any class whose MRO defines the methods they name."""

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]


def _abstract(f):
    f.__isabstractmethod__ = True
    return f


class _ABCMeta(type):
    # The metaclass of the ABCs: the registry, the abstract-method bookkeeping, and the
    # isinstance/issubclass hooks. The answers are cached per ABC until a register() call.
    _abc_generation = 0

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {n for n, v in namespace.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for n in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_children = []
        cls._abc_cache = {}
        cls._abc_seen = _ABCMeta._abc_generation
        for base in bases:
            if isinstance(base, _ABCMeta):
                base._abc_children.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if subclass not in cls._abc_registry:
            cls._abc_registry.append(subclass)
            _ABCMeta._abc_generation += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls._abc_seen != _ABCMeta._abc_generation:
            cls._abc_cache = {}
            cls._abc_seen = _ABCMeta._abc_generation
        known = cls._abc_cache.get(subclass)
        if known is None:
            known = cls._abc_cache[subclass] = cls._derives(subclass)
        return known

    def _derives(cls, subclass):
        if cls in subclass.__mro__:
            return True
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for r in cls._abc_registry:
            if issubclass(subclass, r):
                return True
        for child in cls._abc_children:
            if issubclass(subclass, child):
                return True
        return False


def _check_methods(C, *methods):
    # Whether C's MRO defines every method (a None entry blocks it), as CPython's hooks do.
    # Built-in classes answer through registration, their methods not being in __dict__.
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class _Base(metaclass=_ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


def _one_trick(name, methods, bases=(_Base,), extra=None):
    # An ABC recognising classes by methods alone, when it is cls itself being asked about
    # (a subclass of it asks structurally no more, as in CPython).
    def hook(cls, C):
        if cls is abc_cls:
            return _check_methods(C, *methods)
        return NotImplemented
    ns = {"__slots__": (), "__subclasshook__": classmethod(hook), "__module__": __name__}
    for m in methods:
        ns[m] = _abstract(_raiser(m))
    if extra:
        ns.update(extra)
    abc_cls = _ABCMeta(name, bases, ns)
    return abc_cls


def _raiser(name):
    # The default body of an abstract method: CPython's return the neutral value or raise.
    def method(self, *args):
        if name == "__len__":
            return 0
        if name == "__contains__":
            return False
        if name == "__hash__":
            return 0
        if name in ("__next__", "__anext__"):
            raise StopIteration if name == "__next__" else StopAsyncIteration
        if name in ("__iter__", "__reversed__"):
            return iter(())
        if name == "__aiter__":
            return self
        raise NotImplementedError
    method.__name__ = name
    return method


_UNHASHABLE = (list, dict, set, type({}.keys()), type({}.items()))


class Hashable(_Base):
    __slots__ = ()

    @_abstract
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Hashable:
            return NotImplemented
        for B in C.__mro__:
            d = B.__dict__
            if "__hash__" in d:
                return d["__hash__"] is not None
            if "__eq__" in d and B.__module__ != "builtins":
                return False
            if B in _UNHASHABLE:
                return False
        return True


Awaitable = _one_trick("Awaitable", ("__await__",))
Iterable = _one_trick("Iterable", ("__iter__",))
AsyncIterable = _one_trick("AsyncIterable", ("__aiter__",))
Sized = _one_trick("Sized", ("__len__",))
Container = _one_trick("Container", ("__contains__",))


class Callable(_Base):
    __slots__ = ()

    @_abstract
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, "__call__")
        return NotImplemented


def _iter_self(self):
    return self


Iterator = _one_trick("Iterator", ("__iter__", "__next__"), (Iterable,), {"__iter__": _iter_self})
Reversible = _one_trick("Reversible", ("__reversed__", "__iter__"), (Iterable,))
Collection = _one_trick("Collection", ("__len__", "__iter__", "__contains__"),
                        (Sized, Iterable, Container))
AsyncIterator = _one_trick("AsyncIterator", ("__anext__", "__aiter__"), (AsyncIterable,),
                           {"__aiter__": _iter_self})


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, "__iter__", "__next__", "send", "throw", "close")
        return NotImplemented


class Coroutine(Awaitable):
    __slots__ = ()

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, "__await__", "send", "throw", "close")
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @_abstract
    async def asend(self, value):
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        if val is None:
            raise typ
        raise val

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, "__aiter__", "__anext__", "asend", "athrow", "aclose")
        return NotImplemented


class Set(Collection):
    """A finite, iterable container; the comparisons and operators come from __contains__,
    __iter__ and __len__."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(elem in other for elem in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(elem in self for elem in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(value in self for value in other)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        return hash(frozenset(self))


class MutableSet(Set):
    __slots__ = ()

    @_abstract
    def add(self, value):
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping; get, __contains__, keys, items, values and __eq__ come from
    __getitem__, __iter__ and __len__."""

    __slots__ = ()

    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_marker = object()


class MutableMapping(Mapping):
    __slots__ = ()

    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence; iteration, __contains__, __reversed__, index and count come from
    __getitem__ and __len__."""

    __slots__ = ()

    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _register_builtins():
    # The built-in types CPython's ABCs accept, structurally or by registration.
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    ag = agen()
    iterators = {type(iter(x)) for x in ([], (), "", {}, set(), range(1), b"", bytearray(),
                                         {}.values(), {}.items())}
    iterators |= {type(reversed([])), type(reversed(range(1))), type(zip()), type(map(len, [])),
                  type(filter(None, [])), type(enumerate([])), type(gen())}
    views = [type({}.keys()), type({}.items()), type({}.values())]
    sequences = [tuple, str, range, bytes, bytearray]
    regs = {
        Iterable: [list, dict, set, frozenset] + sequences + views,
        Iterator: list(iterators),
        Generator: [type(gen())],
        Reversible: [list, dict, range, tuple, str, bytes, bytearray] + views,
        Sized: [list, dict, set, frozenset] + sequences + views,
        Container: [list, dict, set, frozenset, type({}.keys()), type({}.items())] + sequences,
        Collection: [list, dict, set, frozenset] + sequences + views,
        Callable: [type, type(len), type(gen), type(_Base.register)],
        Sequence: sequences,
        MutableSequence: [list, bytearray],
        ByteString: [bytes, bytearray],
        Set: [frozenset],
        MutableSet: [set],
        MutableMapping: [dict],
        KeysView: [views[0]],
        ItemsView: [views[1]],
        ValuesView: [views[2]],
        Awaitable: [type(c)],
        Coroutine: [type(c)],
        AsyncIterable: [type(ag)],
        AsyncIterator: [type(ag)],
        AsyncGenerator: [type(ag)],
    }
    c.close()
    for abc, types in regs.items():
        for t in types:
            if t not in abc._abc_registry:
                abc._abc_registry.append(t)
    _ABCMeta._abc_generation += 1


_register_builtins()
del _register_builtins
