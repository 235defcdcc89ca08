# Checks: super() in __init__ and in ordinary methods, through several levels, and super()
# calling a method that dispatches back to the subclass override.
class Shape:
    def __init__(self, name):
        self.name = name
        print("Shape.__init__", name)
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
        print("Rect.__init__", w, h)
    def area(self):
        return self.w * self.h
    def describe(self):
        return "[" + super().describe() + "]"
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
        print("Square.__init__", side)
    def describe(self):
        return "<" + super().describe() + ">"
s = Square(3)
print(s.describe())
print(Rect(2, 5).describe())
class Logged:
    def greet(self):
        return "hello from Logged"
class Child(Logged):
    def greet(self):
        base = super().greet()
        return base.upper() + " and Child"
print(Child().greet())
class WithCls:
    @classmethod
    def create(cls):
        return cls.__name__
class SubCls(WithCls):
    @classmethod
    def create(cls):
        return "sub:" + super().create()
print(SubCls.create())
