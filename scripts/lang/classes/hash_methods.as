# Checks: __hash__ together with __eq__ — objects usable as dict keys and set members by value;
# defining __eq__ without __hash__ makes instances unhashable.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "first"}
d[Key(1, 2)] = "replaced"
d[Key(2, 1)] = "other"
print(d, len(d))
print(Key(1, 2) in d, d[Key(2, 1)])
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)
print(hash(Key(3, 4)) == hash(Key(3, 4)), hash(Key(3, 4)) == hash((3, 4)))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
class ConstHash:
    def __hash__(self):
        return 7
print(hash(ConstHash()))
