class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=DuckMeta):
    required = ("quack",)


class Duck:
    def quack(self):
        return "quack"


class Dog:
    pass


print(isinstance(Duck(), Quacker), isinstance(Dog(), Quacker), isinstance(Dog(), (int, Quacker)))
print(issubclass(Duck, Quacker), issubclass(Dog, Quacker), isinstance(Quacker(), Quacker))
