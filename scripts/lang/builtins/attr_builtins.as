# Checks: hasattr, getattr (with default, on methods), setattr (incl. new attributes and
# class attributes), delattr, and the AttributeError message when getattr has no default.
class Obj:
    kind = "class attr"
    def __init__(self):
        self.x = 1
    def method(self):
        return "method called"
o = Obj()
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "kind"), hasattr(o, "method"), hasattr(Obj, "x"))
print(getattr(o, "x"), getattr(o, "y", "default"), getattr(o, "kind"), getattr(o, "method")())
setattr(o, "y", 42)
setattr(o, "x", o.x + 1)
print(o.y, o.x, getattr(o, "y", None))
setattr(Obj, "kind", "changed on class")
print(o.kind, Obj().kind)
delattr(o, "y")
print(hasattr(o, "y"))
name = "dyn" + "amic"
setattr(o, name, [1])
print(o.dynamic, getattr(o, name))
print(getattr("abc", "upper")(), hasattr([], "append"), hasattr(5, "nope"), getattr([], "nope", "dflt"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
