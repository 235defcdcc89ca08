"""The abc module: abstract base classes, as in CPython 3.11.

ABCMeta is a real metaclass: it computes __abstractmethods__ when a class is created (object
instantiation refuses a class with abstract methods), keeps virtual subclasses (register),
and answers isinstance/issubclass through __subclasshook__, the registry and subclasses,
caching answers per ABC as CPython's _abc does."""


def abstractmethod(funcobj):
    """Marks a method abstract: a subclass of ABC cannot be instantiated until it is
    overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use @classmethod over @abstractmethod. (A function here, where CPython has
    a classmethod subclass: asyncscript cannot subclass classmethod.)"""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use @staticmethod over @abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use @property over @abstractmethod."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    # Whether a class attribute is abstract: marked itself, or a property, classmethod or
    # staticmethod around an abstract function.
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False) for f in (value.fget, value.fset, value.fdel))
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _compute_abstracts(cls, own, bases):
    # The names abstract in cls: its own abstract attributes (own is its namespace), and
    # those of its bases that it does not override with something concrete.
    names = {name for name, value in own.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if name not in own and _is_abstract(_raw_attr(cls, name)):
                names.add(name)
    return frozenset(names)


def _raw_attr(cls, name):
    # The attribute as a class body defined it (a classmethod itself, not the bound method).
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def update_abstractmethods(cls):
    """Recomputes cls's abstract methods after it was changed; returns cls."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__, cls.__bases__)
    return cls


# The __abc_tpflags__ bits that make match statements treat a class as a sequence or a
# mapping (collections.abc.Sequence and Mapping set them).
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)


def _inherit_collection_flags(cls, subclass):
    # A class registered with Sequence or Mapping matches sequence or mapping patterns from
    # then on, unless it already is one of them; built-in classes keep theirs, as in CPython.
    flags = getattr(cls, "__abc_tpflags__", 0) & _COLLECTION_FLAGS
    if flags and not getattr(subclass, "__abc_tpflags__", 0) & _COLLECTION_FLAGS:
        try:
            subclass.__abc_tpflags__ = flags
        except TypeError:
            pass


class _AbcData:
    # What CPython's _abc_impl holds for one ABC: the classes registered with it, and which
    # classes are known to be (or not to be) its subclasses. The negative answers are valid
    # until the next register() anywhere, counted by ABCMeta._abc_invalidation_counter.
    __slots__ = ("registry", "cache", "negative", "negative_version")

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative = set()
        self.negative_version = ABCMeta._abc_invalidation_counter


class ABCMeta(type):
    """The metaclass of abstract base classes: a class made by it cannot be instantiated
    while it has abstract methods, and other classes can be registered as its virtual
    subclasses, which isinstance and issubclass then accept."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns it, so register works as a
        class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        _inherit_collection_flags(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            impl = cls._abc_impl
            if impl.negative_version == ABCMeta._abc_invalidation_counter and subclass in impl.negative:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < ABCMeta._abc_invalidation_counter:
            impl.negative = set()
            impl.negative_version = ABCMeta._abc_invalidation_counter
        elif subclass in impl.negative:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok is not True and ok is not False:
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (impl.cache if ok else impl.negative).add(subclass)
            return ok
        found = (cls in subclass.__mro__
                 or any(issubclass(subclass, r) for r in impl.registry)
                 or any(issubclass(subclass, s) for s in cls.__subclasses__()))
        (impl.cache if found else impl.negative).add(subclass)
        return found

    def _abc_registry_clear(cls):
        """Forgets every virtual subclass registered with cls."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached isinstance/issubclass answers of cls."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative.clear()


class ABC(metaclass=ABCMeta):
    """A base class whose subclasses are abstract base classes (their metaclass is
    ABCMeta)."""

    __slots__ = ()


def get_cache_token():
    """Returns the current ABC cache token: it changes whenever a class is registered with
    any ABC."""
    return ABCMeta._abc_invalidation_counter
