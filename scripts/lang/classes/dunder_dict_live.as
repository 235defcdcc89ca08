class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return f"Record({self.__dict__})"


r = Record(a=1, b=2)
print(r, r.a, r.b)
r.__dict__["c"] = 3
print(r.c, vars(r))
del r.__dict__["a"]
print(hasattr(r, "a"), r)
r.d = 4
print(list(vars(r)), vars(r) is r.__dict__)
setattr(r, "e", 5)
print(getattr(r, "e"), getattr(r, "zz", None))
delattr(r, "e")
try:
    delattr(r, "e")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(r, "zz")
except AttributeError as e:
    print(type(e).__name__, e)


def fn():
    pass


fn.attr = 1
fn.__dict__["other"] = 2
print(fn.attr, fn.other, sorted(vars(fn)))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
