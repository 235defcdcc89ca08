class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"

    def __init__(self, v):
        self.v = v


print(Box[int], Box["T"], Box[int, str] if False else Box[(int, str)])


class Sub(Box):
    pass


print(Sub[float])


class Nope:
    pass


try:
    Nope[int]
except TypeError as e:
    print(type(e).__name__, e)
print(type(Box.__dict__["__class_getitem__"]).__name__)
