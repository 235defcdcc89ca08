# A built-in value's own operator and comparison slots go before the reflected method of an
# instance of an unrelated class (1.5 < MyInt(3) asks float first), as in CPython.
class Loud(int):
    def __gt__(self, o): return "Loud.gt"
    def __eq__(self, o): return "Loud.eq"
    __hash__ = int.__hash__
class Other:
    def __gt__(self, o): return "Other.gt"
    def __eq__(self, o): return "Other.eq"
print(1.5 < Loud(3), 2 < Loud(3), True < Loud(3), 1.5 == Loud(3), Loud(3) == 1.5, [1] < Other(), 1 < Other(), 1 == Other(), "a" == Other(), None == Other())
print(1.5 != Loud(3), [1] != Other(), None != None, 1 != 1.0, (1,) == [1], {1} == frozenset([1]), b"a" == bytearray(b"a"), bytearray(b"a") == b"a")
try: 1 < "a"
except TypeError as e: print(e)
try: [1] < Loud(1)
except TypeError as e: print(e)
class R(int):
    def __radd__(self, o): return "R.radd"
    def __rsub__(self, o): return "R.rsub"
print(1.5 + R(2), 1.5 - R(2), 3 + R(2), True + R(2), [1] * R(2), 2.5 * R(2))
class F(float):
    def __radd__(self, o): return "F.radd"
print(1 + F(2.0), 1.5 + F(2.0), True + F(1.0))
