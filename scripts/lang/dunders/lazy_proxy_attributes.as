# A lazy attribute proxy: __getattr__ loads the target on first use, __setattr__ and
# __delattr__ forward, __dir__ is sorted by dir(); special methods are looked up on the
# type, never on the instance or through __getattr__. Then descriptors with __set_name__,
# __init_subclass__ with class keywords, __class_getitem__, __mro_entries__, __new__
# returning another type, and __init__ returning a value.
import os


class Config:
    def __init__(self):
        print("  (loading config)")
        self.host = "localhost"
        self.port = 8080

    def url(self):
        return f"http://{self.host}:{self.port}"


class LazyProxy:
    def __init__(self, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_target", None)

    def _load(self):
        if self._target is None:
            object.__setattr__(self, "_target", self._factory())
        return self._target

    def __getattr__(self, name):
        print(f"  (__getattr__ {name})")
        return getattr(self._load(), name)

    def __setattr__(self, name, value):
        setattr(self._load(), name, value)

    def __delattr__(self, name):
        delattr(self._load(), name)

    def __dir__(self):
        return ["zeta", "url", "Port", "host", "_private"]


cfg = LazyProxy(Config)
print("created")
print(cfg.host, cfg.url())
cfg.port = 9000
print(cfg.url(), cfg._target.port)
del cfg.port
print(hasattr(cfg._target, "port"), getattr(cfg, "missing", "default"))
print(dir(cfg))
try:
    len(cfg)
except TypeError as e:
    print("TypeError:", e)
cfg.__len__ = lambda: 3
try:
    len(cfg._target)
except TypeError as e:
    print("TypeError:", e)


class Audited:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  (get {name})")
        return object.__getattribute__(self, name)

    def __len__(self):
        return 2

    value = 10


a = Audited()
print(a.value, len(a), a.__class__.__name__)


class Field:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print(f"  (__set_name__ {owner.__name__}.{name})")
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print(f"  (__delete__ {self.name})")
        delattr(obj, self.name)


class Model:
    registry = []

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower()
        Model.registry.append(cls.__name__)

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


class User(Model, table="users"):
    name = Field(str)
    age = Field(int)


Admin = type("Admin", (User,), {"level": Field(int)})
u = User()
u.name, u.age = "ada", 36
print(u.name, u.age, User.table, Admin.table, Model.registry, type(User.__dict__["name"]).__name__)
try:
    u.age = "old"
except TypeError as e:
    print("TypeError:", e)
del u.age
print(u.age, User[int], Model["x"])
try:
    class Bad(Model, flavour="x", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class MixinFactory:
    def __mro_entries__(self, bases):
        return (Mixin,)


class Widget(MixinFactory()):
    pass


print(Widget().hello(), [k.__name__ for k in Widget.__mro__], type(Widget.__orig_bases__[0]).__name__)


class Other:
    def __repr__(self):
        return "Other()"


class Factory:
    def __new__(cls, kind):
        print(f"  (__new__ {kind})")
        if kind == "other":
            return Other()
        return super().__new__(cls)

    def __init__(self, kind):
        print(f"  (__init__ {kind})")


print(Factory("other"), type(Factory("self")).__name__)


class Weird:
    def __init__(self):
        return 42


try:
    Weird()
except TypeError as e:
    print("TypeError:", e)


class Path:
    def __init__(self, *parts):
        self.parts = parts

    def __fspath__(self):
        return "/".join(self.parts)

    def __bytes__(self):
        return os.fspath(self).encode()


p = Path("tmp", "data.txt")
print(os.fspath(p), os.path.basename(p), os.path.join(Path("/srv"), "x"), bytes(p))
for bad in (42, Path):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError:", e)
