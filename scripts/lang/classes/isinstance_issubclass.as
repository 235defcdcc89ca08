# Checks: isinstance and issubclass with user classes, inheritance chains, tuples of classes,
# builtin types (bool is an int), and exception classes.
class A:
    pass
class B(A):
    pass
class C(B):
    pass
class D:
    pass
objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, C), isinstance(o, (B, D)))
print(issubclass(C, A), issubclass(A, C), issubclass(B, B), issubclass(D, (A, D)), issubclass(C, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance(1.0, float))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, object), isinstance(A, object), isinstance(3, object))
print(issubclass(bool, int), issubclass(int, float), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(KeyboardInterrupt, Exception))
print(isinstance(ValueError("x"), Exception), isinstance(ValueError, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError:", e)
