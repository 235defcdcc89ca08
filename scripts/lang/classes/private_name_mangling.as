class C:
    __count = 0
    def __init__(self):
        self.__x = 1
        C.__count += 1
    def __helper(self):
        return self.__x + 10
    def get(self):
        return self.__helper(), self._C__x, C.__count
    def names(self):
        return sorted(vars(self)), sorted(k for k in C.__dict__ if "__" in k[1:] and not k.endswith("__"))
    def kw(self):
        return dict(__y=2)
    def nested(self):
        def inner(__p):
            return __p * 2
        return inner(3), [self.__x for _ in range(2)], (lambda: self.__x)()
    class __Inner:
        def m(self):
            self.__z = 5
            return vars(self)
    def inner_obj(self):
        return self.__Inner().m()
c = C()
print(c.get(), c.names(), c.kw(), c.nested(), c.inner_obj())
try:
    c.__x
except AttributeError as e:
    print(e)
class _D:
    def __init__(self):
        self.__v = 1
print(vars(_D()))
class ___:
    def __init__(self):
        self.__v = 1
print(vars(___()))
class E(C):
    def peek(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print(E().peek())
def outside():
    return "__dunder__", getattr(c, "_C__x")
print(outside())
__g = 7
class F:
    def m(self):
        global __g
        return __g
try:
    print(F().m())
except NameError as e:
    print(e)
class G:
    def m(self):
        try:
            raise ValueError("v")
        except ValueError as __err:
            return repr(__err)
print(G().m())
print(C.__init__.__code__.co_names if False else "ok")
