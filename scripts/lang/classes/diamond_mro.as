class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()


print(Bottom().hello())
print([c.__name__ for c in Bottom.__mro__])
print(Bottom.mro() == list(Bottom.__mro__))
print(Bottom.__bases__)
print(Bottom.__base__.__name__)
print(Base.__bases__, object.__bases__)
print(isinstance(Bottom(), Right), issubclass(Bottom, Left))
