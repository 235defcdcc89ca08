# Checks: class attributes are shared until shadowed by an instance attribute; mutating a
# shared mutable class attribute affects all instances; modifying the class attribute later.
class Dog:
    species = "canis"
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
a = Dog("Rex")
b = Dog("Fido")
print(a.species, b.species, Dog.species, Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, Dog.tricks is a.tricks)
a.count = 100
print(a.count, b.count, Dog.count)
print(hasattr(Dog, "name"), hasattr(a, "name"), getattr(b, "name"))
class Config:
    debug = False
    level = 1
    def bump(self):
        self.level += 1
c = Config()
c.bump()
print(c.level, Config.level)
