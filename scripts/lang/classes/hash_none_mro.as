class C:
    def __eq__(self, o): return True
print(C.__hash__, "__hash__" in C.__dict__)
try:
    hash(C())
except TypeError as e:
    print(e)
try:
    {C(): 1}
except TypeError as e:
    print(e)
class D(C):
    pass
try:
    hash(D())
except TypeError as e:
    print(e)
class E:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(hash(E()))
class F(E):
    def __eq__(self, o): return False
try:
    hash(F())
except TypeError as e:
    print(e)
print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is not None, tuple.__hash__ is not None)
class A:
    def __hash__(self): return 42
class B(int, A):
    pass
print(hash(B(5)))
class B2(A, int):
    pass
print(hash(B2(5)))
class L(list):
    pass
try:
    hash(L())
except TypeError as e:
    print(e)
class H(list):
    def __hash__(self): return 3
print(hash(H()))
import collections.abc
print(isinstance(C(), collections.abc.Hashable), isinstance(E(), collections.abc.Hashable))
class G:
    __hash__ = None
try:
    hash(G())
except TypeError as e:
    print(e)
class S(str):
    def __eq__(self, o): return True
try:
    hash(S("a"))
except TypeError as e:
    print(e)
