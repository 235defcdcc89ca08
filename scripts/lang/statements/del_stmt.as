# Checks: del of names (then NameError), list items, slices, dict keys, attributes, several
# targets at once, and the errors for deleting missing things.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), hasattr(o, "other"))
a, b, c = 1, [1, 2], {"k": "v"}
del a, b[0], c["k"]
print(b, c)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
