registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_repr(cls):
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({items})"

    cls.__repr__ = __repr__
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls

    return deco


@register
@add_repr
@with_tag("v1")
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


print(Item("apple", 3), Item.tag, registry)


def replace_with_function(cls):
    return lambda: f"made {cls.__name__}"


@replace_with_function
class Gone:
    pass


print(Gone())
