# Decorators with arguments, a class decorator, signature validation, properties with setter/deleter, tracing.
import functools
import time

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator

def validate(**types):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            import inspect
            bound = inspect.signature(func).bind(*args, **kwargs)
            for name, value in bound.arguments.items():
                if name in types and not isinstance(value, types[name]):
                    raise TypeError(f"{name} must be {types[name].__name__}, got {type(value).__name__}")
            return func(*args, **kwargs)
        return wrapper
    return decorator

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get

registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco

@repeat(3)
def greet(name):
    return f"hi {name}"

@validate(x=int, y=int)
def add(x, y=0):
    return x + y

@CountCalls
def square(n):
    return n * n

@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env

@register()
def alpha(): return "a"
@register("b")
def beta(): return "b"

print(greet("ann"), greet.__name__)
print(add(2, 3), add(1))
try:
    add("x", 1)
except TypeError as e:
    print("TypeError:", e)
print([square(i) for i in range(4)], square.calls, square.__name__)
print(Config("prod").env, Config("test").env, Config() is Config())
print(sorted(registry), registry["b"]())

class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def from_f(f):
        return Temperature((f - 32) * 5 / 9)
    @classmethod
    def boiling(cls):
        return cls(100)
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.from_f(212).celsius, Temperature.boiling().fahrenheit)
t.celsius = 30
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius, type(Temperature.celsius).__name__)
def trace(func):
    depth = [0]
    @functools.wraps(func)
    def wrapper(*a):
        print("  " * depth[0] + f"-> {func.__name__}{a}")
        depth[0] += 1
        r = func(*a)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapper
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)
