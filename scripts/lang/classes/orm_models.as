class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name}: expected {self.kind.__name__}, got {type(value).__name__}")
        obj._values[self.name] = value

    def __repr__(self):
        return f"Field({self.kind.__name__})"


class ModelMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        inherited = {}
        for base in reversed(cls.__mro__[1:]):
            inherited.update(getattr(base, "_fields", {}))
        inherited.update(fields)
        cls._fields = inherited
        return cls


class Model(metaclass=ModelMeta):
    tables = []

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower() + "s"
        Model.tables.append(cls.table)

    def __init__(self, **values):
        self._values = {}
        for k, v in values.items():
            if k not in self._fields:
                raise TypeError(f"unknown field {k!r}")
            setattr(self, k, v)

    def __repr__(self):
        body = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({body})"

    def __eq__(self, other):
        return type(self) is type(other) and self._values == other._values


class User(Model, table="accounts"):
    name = Field(str, "")
    age = Field(int, 0)


class Admin(User):
    level = Field(int, 1)


u = User(name="ann", age=30)
a = Admin(name="root", level=9)
print(u, a)
print(Model.tables, User.table, Admin.table)
print(list(Admin._fields), User.name, Admin.__mro__[1].__name__)
print(u == User(name="ann", age=30), u == a)
for bad in (dict(age="x"), dict(email="e")):
    try:
        User(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
