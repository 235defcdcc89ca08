def greet(self):
    return f"hi from {self.name}"


Base = type("Base", (), {"name": "base", "greet": greet})
Child = type("Child", (Base,), {"name": "child", "__doc__": "A child."})
print(Base, Child, Child.__bases__)
print(Base().greet(), Child().greet())
print(Child.__doc__, Child.__module__, Child.__qualname__)
print(type(Child) is type, isinstance(Child(), Base))
Empty = type("Empty", (), {})
print(Empty.__mro__)
for args in ((1, (), {}), ("X", 1, {}), ("X", (), 1), ("X", (1,), {})):
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
