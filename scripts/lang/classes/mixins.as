class JsonMixin:
    def to_json(self):
        return "{" + ", ".join(f'"{k}": {v}' for k, v in sorted(self.__dict__.items())) + "}"


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__


class Point(ReprMixin, EqMixin, JsonMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p)
print(p.to_json())
print(p == Point(1, 2), p == Point(2, 1))
print([k.__name__ for k in Point.__mro__])
