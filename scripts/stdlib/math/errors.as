# The math module's errors, as a calculator service reports them.
import math

tests = [
    ("sqrt", math.sqrt, (-4,)), ("log", math.log, (0,)), ("log", math.log, (-1, 10)),
    ("exp", math.exp, (1000,)), ("pow", math.pow, (0, -2)), ("pow", math.pow, (10, 400)),
    ("acos", math.acos, (1.5,)), ("factorial", math.factorial, (-3,)),
    ("factorial", math.factorial, (4.0,)), ("floor", math.floor, (math.inf,)),
    ("ceil", math.ceil, (math.nan,)), ("sqrt", math.sqrt, ("9",)), ("isqrt", math.isqrt, (-9,)),
    ("comb", math.comb, (5, -1)), ("fsum", math.fsum, ([math.inf, -math.inf],)),
    ("gamma", math.gamma, (-2,)), ("ldexp", math.ldexp, (1.0, 2000)), ("fmod", math.fmod, (1, 0)),
    ("isclose", math.isclose, (1, 2)), ("sqrt", math.sqrt, ()), ("log", math.log, (1, 1)),
    ("dist", math.dist, ((1, 2), (1, 2, 3))), ("gcd", math.gcd, (1.5,)),
    ("perm", math.perm, (-3,)), ("perm", math.perm, (-3, None)), ("perm", math.perm, (4.0,)),
    ("perm", math.perm, (5, -1)), ("comb", math.comb, (-1, "x")), ("isqrt", math.isqrt, ("9",)),
]
for name, f, args in tests:
    try:
        print(name, args, "=", f(*args))
    except Exception as e:
        print(name, args, "->", type(e).__name__, e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
print(math.fsum([math.inf, 1]), math.sqrt(math.inf), math.exp(-math.inf), math.atan(math.inf))
