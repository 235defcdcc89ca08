# Checks: assigning obj.__class__: the state pattern (an object switching between classes,
# keeping its attributes), a base instance becoming a subclass instance, instances of a
# list subclass, and CPython's TypeErrors for a non-class, a built-in class or instance, and
# classes whose instances are laid out differently.
class Off:
    def press(self):
        print("turning on")
        self.__class__ = On
    def state(self): return "off"
class On:
    def press(self):
        print("turning off")
        self.__class__ = Off
    def state(self): return "on"
s = Off(); s.extra = 1
for _ in range(3):
    s.press(); print(s.state(), type(s).__name__, isinstance(s, On), s.extra)
class Base: pass
class Sub(Base):
    def hello(self): return "sub"
b = Base(); b.__class__ = Sub; print(b.hello(), b.__class__.__name__)
for target in [int, 5]:
    try: b.__class__ = target
    except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
class S1: __slots__ = ("a",)
class L(list): pass
class L2(list): pass
y = L([5])
y.__class__ = L2
print("list subclass:", type(y).__name__, y, isinstance(y, list))
z = Base()
try: z.__class__ = S1
except TypeError as e: print(e)
class D(dict): pass
try: D().__class__ = L
except TypeError as e: print(e)
q = L([1, 2]); q.__class__ = L2; print(q, type(q).__name__, q + [3], len(q))
