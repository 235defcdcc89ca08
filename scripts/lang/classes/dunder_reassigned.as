# Special methods assigned, replaced and deleted on a class and its base after instances
# have used them: ==, len(), + and sorted() see each change at once.
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return "A.eq"
    def __len__(self): return 1
class B(A):
    pass
a, b = A(1), B(2)
print(a == b, b == a, len(a), len(b))
A.__eq__ = lambda self, o: "new eq"
print(a == b, b == a)
B.__len__ = lambda self: 7
print(len(a), len(b))
del A.__eq__
print(a == a, b == b, a == b)
del B.__len__
print(len(b))
A.__add__ = lambda self, o: self.v + o.v
print(a + b, b + a)
print(a + a)
def lt(self, o): return self.v < o.v
A.__lt__ = lt
print(sorted([A(3), A(1), A(2)], key=lambda x: x).__len__(), [x.v for x in sorted([A(3), A(1), A(2)])])
