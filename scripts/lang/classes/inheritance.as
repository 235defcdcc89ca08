# Checks: single inheritance — method overriding, inherited methods, attribute lookup through
# the chain, calling the parent implementation explicitly, three-level hierarchies.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
    def describe(self):
        return f"{self.name} is a {self.kind()}"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def speak(self):
        return Animal.speak(self) + " (squeaky)"
    def kind(self):
        return "puppy, a young " + Dog.kind(self)
class Cat(Animal):
    sound = "meow"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit"), Cat("Tom")]:
    print(type(a).__name__, "|", a.speak(), "|", a.describe())
print(Puppy.sound, issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(isinstance(Puppy("x"), Animal), issubclass(Puppy, Dog), issubclass(Cat, Dog))
class Base:
    def __init__(self):
        self.tag = "base"
class NoInit(Base):
    pass
print(NoInit().tag)
