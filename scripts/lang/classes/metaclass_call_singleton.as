class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print("creating", cls.__name__, args, kwargs)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path, debug=False):
        self.path = path
        self.debug = debug


a = Config("/etc/app", debug=True)
b = Config("/other")
print(a is b, a.path, b.debug)
print(type(Config).__mro__)
