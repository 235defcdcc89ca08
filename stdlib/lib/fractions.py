"""The fractions module: exact rational numbers, as CPython 3.11's Fraction.

A Fraction is kept in lowest terms with a positive denominator. Arithmetic with ints stays
exact, with floats it gives floats, and hashes agree with int and float hashes for equal
values, so Fraction(1, 2) and 0.5 are the same dict key."""

import math as _math
from _ordering import eq as _eq, ordered as _ordered
from _readonly import field as _field

__all__ = ["Fraction"]

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(text):
    # "[sign] int [/ int]" or a decimal "[sign] digits[.digits][e[sign]digits]", with
    # underscores between digits and surrounding whitespace; (numerator, denominator) or None.
    s = text.strip()
    if not s:
        return None
    sign = 1
    if s[0] in "+-":
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        num, den = _digits(num), _digits(den)
        if num is None or den is None or not num or not den:
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for mark in "eE":
        if mark in s:
            mantissa, _, e = s.partition(mark)
            esign = 1
            if e[:1] in "+-":
                esign = -1 if e[0] == "-" else 1
                e = e[1:]
            e = _digits(e)
            if not e:
                return None
            exp = esign * int(e)
            break
    whole, dot, frac = mantissa.partition(".")
    whole, frac = _digits(whole), _digits(frac)
    if whole is None or frac is None or not (whole or frac):
        return None
    num = int(whole + frac or "0")
    exp -= len(frac)
    if exp >= 0:
        return sign * num * 10 ** exp, 1
    return sign * num, 10 ** -exp


def _digits(s):
    # s with its single underscores between digits removed, or None if it is not digits.
    if not s:
        return ""
    if s[0] == "_" or s[-1] == "_" or "__" in s:
        return None
    s = s.replace("_", "")
    if not (s.isdigit() and s.isascii()):
        return None
    return s


@_ordered
class Fraction:
    """This class implements rational numbers."""

    __slots__ = ("_numerator", "_denominator")

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, "as_integer_ratio"):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = _pair(numerator)
                n2, d2 = _pair(denominator)
                numerator, denominator = n1 * d2, d1 * n2
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        raise NotImplementedError("asyncscript does not support the decimal module")

    numerator = _field("_numerator")
    denominator = _field("_denominator")

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents until the next denominator is too big,
        # then pick the nearer of the last convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return "%s(%d, %d)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%d/%d" % (self._numerator, self._denominator)

    # Arithmetic: with a Fraction or int the result is exact; with a float it is a float.

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(self, other):
        o = self._operands(other)
        if o is not None:
            return _make(self._numerator * o._denominator + o._numerator * self._denominator,
                         self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) + other
        if isinstance(other, complex):
            return complex(float(self)) + other
        return NotImplemented

    def __radd__(self, other):
        o = self._operands(other)
        if o is not None:
            return o + self
        if isinstance(other, float):
            return other + float(self)
        return NotImplemented

    def __sub__(self, other):
        o = self._operands(other)
        if o is not None:
            return _make(self._numerator * o._denominator - o._numerator * self._denominator,
                         self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) - other
        return NotImplemented

    def __rsub__(self, other):
        o = self._operands(other)
        if o is not None:
            return o - self
        if isinstance(other, float):
            return other - float(self)
        return NotImplemented

    def __mul__(self, other):
        o = self._operands(other)
        if o is not None:
            return _make(self._numerator * o._numerator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) * other
        return NotImplemented

    def __rmul__(self, other):
        o = self._operands(other)
        if o is not None:
            return o * self
        if isinstance(other, float):
            return other * float(self)
        return NotImplemented

    def __truediv__(self, other):
        o = self._operands(other)
        if o is not None:
            if o._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (self._numerator * o._denominator))
            return _make(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        o = self._operands(other)
        if o is not None:
            return o / self
        if isinstance(other, float):
            return other / float(self)
        return NotImplemented

    def __floordiv__(self, other):
        o = self._operands(other)
        if o is not None:
            return (self._numerator * o._denominator) // (self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        o = self._operands(other)
        if o is not None:
            return o // self
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __mod__(self, other):
        o = self._operands(other)
        if o is not None:
            d = self._denominator * o._denominator
            return _make((self._numerator * o._denominator) % (o._numerator * self._denominator), d)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        o = self._operands(other)
        if o is not None:
            return o % self
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __divmod__(self, other):
        o = self._operands(other)
        if o is not None:
            return (self // o, self % o)
        if isinstance(other, float):
            return divmod(float(self), other)
        return NotImplemented

    def __rdivmod__(self, other):
        o = self._operands(other)
        if o is not None:
            return divmod(o, self)
        if isinstance(other, float):
            return divmod(other, float(self))
        return NotImplemented

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other) if isinstance(other, int) else other._numerator
            if power >= 0:
                return _make(self._numerator ** power, self._denominator ** power, False)
            if self._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (self._denominator ** -power))
            if self._numerator > 0:
                return _make(self._denominator ** -power, self._numerator ** -power, False)
            return _make((-self._denominator) ** -power, (-self._numerator) ** -power, False)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        if isinstance(other, float):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return _make(self._numerator, self._denominator, False)

    def __neg__(self):
        return _make(-self._numerator, self._denominator, False)

    def __abs__(self):
        return _make(abs(self._numerator), self._denominator, False)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if 2 * r < self._denominator or (2 * r == self._denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        # The same hash as an int or float of equal value: n * d**-1 modulo 2**61 - 1.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(abs(self._numerator)) * inverse % _HASH_MODULUS
        result = result if self._numerator >= 0 else -result
        return -2 if result == -1 else result

    def _compare(self, other, op):
        if isinstance(other, Fraction):
            return op(self._numerator * other._denominator, other._numerator * self._denominator)
        if isinstance(other, int):
            return op(self._numerator, other * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return op(0.0, other)
            return self._compare(Fraction(other), op)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, float) and (other != other or other in (float("inf"), float("-inf"))):
            return False
        return self._compare(other, _eq)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))


def _pair(x):
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _make(n, d, normalize=True):
    return Fraction(n, d, _normalize=normalize)


import numbers as _numbers  # noqa: E402 (CPython's Fraction derives from numbers.Rational)

_numbers.Rational.register(Fraction)
