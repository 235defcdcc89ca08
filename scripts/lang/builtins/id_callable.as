# Checks: id() only compared for equality/inequality between live objects; callable() on many
# kinds of values.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) != id(c), type(id(a)))
def f():
    pass
class K:
    def m(self):
        pass
    def __call__(self):
        pass
class Plain:
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(len), callable(K), callable(K()))
print(callable(Plain()), callable(K().m), callable(str.upper), callable(1), callable(None), callable([]))
print(callable(int), callable(ValueError), callable(ValueError("x")), callable("print"))
