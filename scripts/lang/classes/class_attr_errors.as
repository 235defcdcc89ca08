class A:
    x = 1

    def m(self):
        return "m"


a = A()
cases = [
    lambda: a.missing,
    lambda: A.missing,
    lambda: setattr(int, "y", 1),
    lambda: delattr(A, "nothing"),
    lambda: A.m(),
    lambda: getattr(a, 5),
    lambda: super(int, a),
    lambda: A.__init__(a, 1),
    lambda: object.__init__(a, 1),
    lambda: type.__new__(type, "X"),
    lambda: A()(),
]
for c in cases:
    try:
        print(c())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
A.x = 2
del A.x
print(hasattr(A, "x"), A.m(a), A.m.__name__)
