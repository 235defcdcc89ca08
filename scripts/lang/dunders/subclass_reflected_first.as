# When the right operand's class derives from the left operand's built-in type (str, int,
# float, list, tuple, set, dict) and overrides the reflected method, that method answers
# first, even where the built-in operator would take the pair ("a%s" % S("b")). A class
# that only inherits the reflected method, or a base that is not the left operand's type,
# leaves the left operand's own operator first.


class S(str):
    def __rmod__(self, other):
        return f"S.__rmod__({other!r})"

    def __radd__(self, other):
        return "S.__radd__"

    def __rmul__(self, other):
        return "S.__rmul__"


class I(int):
    def __radd__(self, other):
        return "I.__radd__"

    def __rsub__(self, other):
        return "I.__rsub__"

    def __rpow__(self, other):
        return "I.__rpow__"

    def __rand__(self, other):
        return "I.__rand__"

    def __rlshift__(self, other):
        return "I.__rlshift__"

    def __rmul__(self, other):
        return "I.__rmul__"

    def __rtruediv__(self, other):
        return "I.__rtruediv__"

    def __rmod__(self, other):
        return "I.__rmod__"

    def __rfloordiv__(self, other):
        return "I.__rfloordiv__"


class F(float):
    def __radd__(self, other):
        return "F.__radd__"

    def __rfloordiv__(self, other):
        return "F.__rfloordiv__"


class L(list):
    def __radd__(self, other):
        return "L.__radd__"

    def __rmul__(self, other):
        return "L.__rmul__"


class T(tuple):
    def __radd__(self, other):
        return "T.__radd__"


class D(dict):
    def __ror__(self, other):
        return "D.__ror__"


class St(set):
    def __rand__(self, other):
        return "St.__rand__"

    def __rsub__(self, other):
        return "St.__rsub__"


print("str % a str subclass with __rmod__:", "a%s" % S("b"))
print("a" + S("b"), 3 * S("b"), "a" * I(2), "x%s" % I(2))
print(1 + I(2), 1 - I(2), 2 ** I(2), 1 & I(2), 1 << I(2), 1 * I(2), 1 / I(2), 5 % I(2), 5 // I(2))
print("not derived from the left type:", 1.5 + I(2), True + I(1))
print(1 + F(2), 1.5 + F(2), 3 // F(2), 3.0 // F(2))
print([1] + L([2]), 2 * L([2]), [1] * I(2))
print((1,) + T((2,)))
print({1: 2} | D(), {1} & St(), {1} - St(), frozenset({1}) & St({1}))
print("divmod uses neither __rfloordiv__ nor __rmod__:", divmod(5, I(2)), divmod(I(7), 2), divmod(7.5, I(2)))

print("augmented assignment")
x = 1
x += I(2)
print(x)
s = "a%s"
s %= S("b")
print(s)
lst = [1]
lst += L([2])
print(lst)


class Adder:
    def __radd__(self, other):
        return f"Adder.__radd__({other!r})"

    def __iter__(self):
        return iter([7])


lst = [1]
lst += Adder()
print("list += an iterable with __radd__:", lst)
ba = bytearray(b"x")
ba += Adder()
print(ba)


class Plain(int):
    pass


class I2(I):
    pass


class I3(I):
    def __radd__(self, other):
        return "I3.__radd__"


print("inheriting the reflected method is not overriding it")
print(1 + Plain(2), type(1 + Plain(2)).__name__, Plain(1) + I(2), F(1.5) + I(2))
print(I(1) + I2(2), I(1) + I3(2), I2(1) + I3(2))


class Declines(int):
    def __radd__(self, other):
        print("  Declines.__radd__")
        return NotImplemented

    def __rmod__(self, other):
        print("  Declines.__rmod__")
        return NotImplemented


class SDeclines(str):
    def __rmod__(self, other):
        print("  SDeclines.__rmod__")
        return NotImplemented


print("a reflected method that declines leaves the base operator")
print(1 + Declines(2))
print(7 % Declines(4))
print("<%s>" % SDeclines("z"))


class Formatter:
    def __rmod__(self, other):
        return "Formatter.__rmod__"

    def __repr__(self):
        return "Formatter()"


class PlainStr(str):
    pass


print("str's % goes before an unrelated class's __rmod__")
print("%r" % Formatter(), PlainStr("%r") % Formatter())


class PlainDict(dict):
    pass


class PlainSet(set):
    pass


print("set and dict operators of a plain subclass go before an unrelated one's")
print(PlainDict({1: 2}) | D({3: 4}), PlainSet({1, 2}) & St({2}), PlainSet({1, 2}) - St({2}))
