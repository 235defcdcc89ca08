class Frozen:
    def __init__(self, **fields):
        for k, v in fields.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")


f = Frozen(x=1, y=2)
print(f.x, f.y)
try:
    f.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(f, "z", 0)
except AttributeError as e:
    print(type(e).__name__, e)


class Logged:
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print(f"del {name}")
        super().__delattr__(name)


class Account(Logged):
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0


a = Account("ann")
a.balance += 10
del a.owner
print(vars(a))
try:
    del a.owner
except AttributeError as e:
    print(type(e).__name__, e)
