"""The abc module: abstract base classes, as in CPython 3.11.

Without metaclasses (not supported yet) ABC checks for abstract methods when a subclass is
instantiated, in ABC.__new__, rather than when the class is created; ABCMeta exists but
`metaclass=ABCMeta` is not supported, nor are virtual subclasses (register)."""


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


def _compute_abstracts(cls):
    # The names abstract in cls: its own abstract attributes, and those of its bases that it
    # does not override with something concrete.
    names = set()
    own = cls.__dict__
    for name, value in own.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in _abstracts(base):
            if name not in own and _is_abstract(_raw_attr(cls, name)):
                names.add(name)
    return frozenset(names)


def _raw_attr(cls, name):
    # The attribute as a class body defined it (a classmethod itself, not the bound method).
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _abstracts(cls):
    # cls.__abstractmethods__, computed on first use and kept on the class itself.
    if "__abstractmethods__" in cls.__dict__:
        return cls.__abstractmethods__
    if cls is object:
        return frozenset()
    names = _compute_abstracts(cls)
    cls.__abstractmethods__ = names
    return names


def update_abstractmethods(cls):
    """Recomputes cls's abstract methods after it was changed; returns cls."""
    if "__abstractmethods__" in cls.__dict__:
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABCMeta(type):
    """The metaclass of abstract base classes. asyncscript does not support class keyword
    arguments yet, so derive from ABC instead of writing metaclass=ABCMeta."""

    def register(cls, subclass):
        raise NotImplementedError("asyncscript does not support virtual subclasses (ABCMeta.register)")


class ABC:
    """A base class for abstract base classes: instantiating a subclass that still has
    abstract methods raises TypeError."""

    def __new__(cls, *args, **kwargs):
        names = _abstracts(cls)
        if names:
            s = "s" if len(names) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} "
                            + ", ".join(sorted(names)))
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        raise NotImplementedError("asyncscript does not support virtual subclasses (ABC.register)")


def get_cache_token():
    """A token that changes when virtual subclasses are registered: never, here."""
    return 0
