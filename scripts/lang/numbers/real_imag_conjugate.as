# The numeric tower's real, imag and conjugate() of ints, bools, floats and their
# subclasses (complex numbers themselves are not supported by asyncscript).


class MyInt(int):
    pass


class MyFloat(float):
    pass


values = [5, -7, 0, 2**100, True, False, 2.5, -0.0, float("inf"), MyInt(3), MyFloat(1.25)]
for v in values:
    c = v.conjugate()
    print(repr(v), "->", repr(v.real), repr(v.imag), repr(c), type(c).__name__, type(v.real).__name__)

print(int.conjugate(4), float.conjugate(4.5), bool.conjugate(True))
print((5).conjugate.__name__, (1.5).conjugate.__qualname__, int.conjugate.__qualname__)
try:
    int.conjugate(1.5)
except TypeError as e:
    print(e)
try:
    (3).conjugate(1)
except TypeError as e:
    print(e)
try:
    float.conjugate(3)
except TypeError as e:
    print(e)
