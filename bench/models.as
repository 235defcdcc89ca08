# Benchmark: model classes — validating data descriptors (__set_name__, getattr/setattr by
# name), an ABC with __init_subclass__ registry, super() in an override, exceptions raised and
# caught per bad record, max(key=); prints the totals.
from abc import ABC, abstractmethod
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class Field:
    def __init__(self, name, kind, required=True):
        self.name, self.kind, self.required = name, kind, required
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, None)
    def __set__(self, obj, value):
        if value is None and self.required:
            raise ValidationError(self.name, "required")
        if value is not None and not isinstance(value, self.kind):
            raise ValidationError(self.name, f"expected {self.kind.__name__}")
        setattr(obj, self.attr, value)
class Model(ABC):
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Model.registry[cls.__name__] = cls
    def __init__(self, **values):
        for k, v in values.items():
            setattr(self, k, v)
    @abstractmethod
    def total(self): ...
    def __repr__(self):
        return f"{type(self).__name__}({self.total():.2f})"
class Product(Model):
    name = Field("name", str)
    price = Field("price", float)
    qty = Field("qty", int)
    def total(self):
        return self.price * self.qty
class Discounted(Product):
    rate = Field("rate", float, required=False)
    def total(self):
        base = super().total()
        return base * (1 - (self.rate or 0.0))
def main():
    items = []
    errors = 0
    for i in range(30000):
        try:
            cls = Discounted if i % 3 == 0 else Product
            kw = dict(name=f"p{i}", price=float(i % 50) + 0.5, qty=i % 7)
            if cls is Discounted:
                kw["rate"] = 0.1 if i % 2 else None
            if i % 101 == 0:
                kw["qty"] = "bad"
            items.append(cls(**kw))
        except ValidationError as e:
            errors += 1
            last = e
    total = sum(it.total() for it in items)
    best = max(items, key=lambda it: it.total())
    print(len(items), errors, round(total, 2), best, last, last.field, sorted(Model.registry))
main()
