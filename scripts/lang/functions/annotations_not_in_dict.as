def f(a: int, b: str = "x") -> bool:
    pass
print(f.__dict__)
print(f.__annotations__)
f.x = 1
print(f.__dict__)
f.__annotations__ = {"a": float}
print(f.__dict__, f.__annotations__)
def g(): pass
print(g.__dict__, g.__annotations__, g.__dict__)
class C:
    def m(self, x: int): pass
print(C.m.__dict__, C().m.__annotations__)
print(vars(f))
f.__annotations__ = None
print(f.__annotations__, f.__dict__)
f.__annotations__ = {"z": 1}
del f.__annotations__
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
print(f.__annotations__, f.__dict__)
import functools
@functools.wraps(f)
def w(*a): pass
print(w.__annotations__, sorted(w.__dict__))
def h(): pass
try: h.__name__ = 3
except TypeError as e: print(e)
try: h.__qualname__ = 3
except TypeError as e: print(e)
h.__doc__ = 5; h.__module__ = 7; print(h.__doc__, h.__module__, h.__dict__)
del h.__doc__; print(h.__doc__)
del h.__module__; print(h.__module__)
try: del h.__name__
except TypeError as e: print(e)
h.__name__ = 'g'; h.__qualname__ = 'A.g'; print(h.__name__, h.__qualname__, h.__dict__)
