"""The collections.abc module: abstract base classes for containers, as in CPython.

isinstance and issubclass against them work three ways, as CPython's: classes deriving from
them, classes registered with them (the built-in types are), and, for the one-trick ABCs
(Iterable, Sized, Hashable...), any class whose MRO defines the methods they name."""

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]


from abc import ABCMeta, abstractmethod as _abstract
from _generic_alias import GenericAlias, _item_repr


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


class _Base(metaclass=ABCMeta):
    __slots__ = ()
    __class_getitem__ = classmethod(GenericAlias)

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


def _methods_hook(*methods):
    # A __subclasshook__ recognising classes by methods alone, when the ABC that defines it
    # is the one asked about (a subclass of it asks structurally no more, as in CPython).
    def hook(cls, C):
        if cls.__dict__.get("__subclasshook__") is descriptor:
            return _check_methods(C, *methods)
        return NotImplemented
    descriptor = classmethod(hook)
    return descriptor


def _one_trick(name, methods, bases=(_Base,), extra=None):
    # An ABC recognising classes by the methods it names, with them as abstract methods.
    ns = {"__slots__": (), "__subclasshook__": _methods_hook(*methods), "__module__": __name__}
    for m in methods:
        ns[m] = _abstract(_raiser(m))
    if extra:
        ns.update(extra)
    return ABCMeta(name, bases, ns)


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


class _CallableGenericAlias(GenericAlias):
    # Callable[[int, str], bool]: the argument types and the result flattened into
    # __args__ (int, str, bool), shown with the argument list in brackets again.

    def __init__(self, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif params is not ...:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or Concatenate. "
                            f"Got {params}")
        super().__init__(origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return super().__repr__()
        params = ", ".join(_item_repr(a) for a in args[:-1])
        return f"collections.abc.Callable[[{params}], {_item_repr(args[-1])}]"


class Callable(_Base):
    __slots__ = ()
    __class_getitem__ = classmethod(_CallableGenericAlias)

    @_abstract
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _methods_hook("__call__")


def _iter_self(self):
    return self


Iterator = _one_trick("Iterator", ("__iter__", "__next__"), (Iterable,), {"__iter__": _iter_self})
Reversible = _one_trick("Reversible", ("__reversed__", "__iter__"), (Iterable,))
Collection = _one_trick("Collection", ("__len__", "__iter__", "__contains__"),
                        (Sized, Iterable, Container))
AsyncIterator = _one_trick("AsyncIterator", ("__anext__", "__aiter__"), (AsyncIterable,),
                           {"__aiter__": _iter_self})


def _close(self, kind):
    # close() of a generator or coroutine: throw GeneratorExit in, which it must not swallow.
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError(kind + " ignored GeneratorExit")


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
        _close(self, "generator")

    __subclasshook__ = _methods_hook("__iter__", "__next__", "send", "throw", "close")


class Coroutine(Awaitable):
    __slots__ = ()

    # The same abstract methods as a generator's, and the same close but for its message.
    send = Generator.send
    throw = Generator.throw

    def close(self):
        _close(self, "coroutine")

    __subclasshook__ = _methods_hook("__await__", "send", "throw", "close")


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

    __subclasshook__ = _methods_hook("__aiter__", "__anext__", "asend", "athrow", "aclose")


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
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        other = _set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        return hash(frozenset(self))


def _set_operand(s, other):
    # The right operand of s - other, other - s and s ^ other as a Set (one like s when it is
    # some other iterable), or None when it is no iterable and the operator is not ours.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


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

    __abc_tpflags__ = 1 << 6  # its subclasses match mapping patterns, as in CPython

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

    __abc_tpflags__ = 1 << 5  # its subclasses match sequence patterns, as in CPython

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
    # The built-in types CPython's ABCs accept, structurally or by registration, and the
    # collections classes that CPython's collections registers.
    import collections as _collections

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
        MutableSequence: [list, bytearray, _collections.deque],
        ByteString: [bytes, bytearray],
        Set: [frozenset],
        MutableSet: [set],
        MutableMapping: [dict, _collections.ChainMap],
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
    # Straight into the registries: these classes are known not to be subclasses already,
    # and register()'s checks would cost every import of the module.
    for abc, types in regs.items():
        abc._abc_impl.registry.extend(types)
    ABCMeta._abc_invalidation_counter += 1


_register_builtins()
del _register_builtins
