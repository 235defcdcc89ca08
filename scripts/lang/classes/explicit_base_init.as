class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    def __init__(self, name, breed):
        Animal.__init__(self, name)
        self.breed = breed

    def speak(self):
        return Animal.speak(self) + " (woof)"


class Plain:
    pass


class Child(Plain):
    def __init__(self):
        Plain.__init__(self)
        object.__init__(self)
        self.ok = True


d = Dog("Rex", "collie")
print(d.name, d.breed)
print(d.speak())
print(Child().ok)
try:
    Plain.__init__(Child(), 1)
except TypeError as e:
    print(type(e).__name__, e)
