class Shape:
    def __init__(self, **kwargs):
        print("Shape", sorted(kwargs))
        super().__init__(**kwargs)


class Colored(Shape):
    def __init__(self, color="red", **kwargs):
        self.color = color
        print("Colored", color)
        super().__init__(**kwargs)


class Named(Shape):
    def __init__(self, name="?", **kwargs):
        self.name = name
        print("Named", name)
        super().__init__(**kwargs)


class Thing(Colored, Named):
    pass


t = Thing(color="blue", name="box")
print(t.color, t.name)
try:
    Thing(color="x", size=3)
except TypeError as e:
    print(type(e).__name__, e)
