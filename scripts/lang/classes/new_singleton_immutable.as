class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("allocating")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, name):
        print("init", name)
        self.name = name


a = Singleton("a")
b = Singleton("b")
print(a is b, a.name)


class Celsius:
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("too cold")
        obj = object.__new__(cls)
        obj.degrees = degrees
        return obj


print(Celsius(21).degrees)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)


class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(Weird())


class NoInit:
    def __new__(cls, x):
        return super().__new__(cls)


print(type(NoInit(1)).__name__)

try:
    object.__new__(NoInit, 1)
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


for call in (lambda: Plain(1), lambda: Plain(x=1), lambda: object.__new__(Plain, 1), lambda: object.__new__(5)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
