class EnumLike(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_")}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls

    def __iter__(cls):
        return iter(cls._members.items())

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, value):
        return value in cls._members.values()

    def __getitem__(cls, name):
        return cls._members[name]

    def __call__(cls, value):
        for k, v in cls._members.items():
            if v == value:
                return k
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")


class Color(metaclass=EnumLike):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Color))
print(len(Color), 2 in Color, 7 in Color)
print(Color["BLUE"], Color(2))
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
