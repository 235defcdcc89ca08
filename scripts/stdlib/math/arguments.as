# Calling math's functions and the random core with the wrong arguments: a plotting tool
# reports each misuse with Python's own message.
import math
import _random


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "=", f(*args, **kwargs))
    except TypeError as e:
        print(label, "->", e)


for name in ["sqrt", "floor", "trunc", "isnan", "frexp", "fsum", "factorial"]:
    f = getattr(math, name)
    attempt(name + "()", f)
    attempt(name + "(1, 2)", f, 1, 2)
    attempt(name + "(x=1)", f, x=1)
for name in ["atan2", "pow", "ldexp", "dist", "comb"]:
    f = getattr(math, name)
    attempt(name + "(1)", f, 1)
    attempt(name + "(1, 2, 3)", f, 1, 2, 3)
    attempt(name + "(1, y=2)", f, 1, y=2)
attempt("log()", math.log)
attempt("log(8, 2, 3)", math.log, 8, 2, 3)
attempt("log(8, base=2)", math.log, 8, base=2)
attempt("log(8, 2)", math.log, 8, 2)
attempt("perm()", math.perm)
attempt("perm(5, 2, 1)", math.perm, 5, 2, 1)
attempt("perm(5, None)", math.perm, 5, None)
attempt("perm(5, k=2)", math.perm, 5, k=2)
attempt("gcd(a=4)", math.gcd, a=4)
attempt("hypot(3, 4)", math.hypot, 3, 4)
attempt("isclose()", math.isclose)
attempt("isclose(1)", math.isclose, 1)
attempt("isclose(1, 2, 3)", math.isclose, 1, 2, 3)
attempt("isclose(1, b=1.0)", math.isclose, 1, b=1.0)
attempt("isclose(b=1, a=1)", math.isclose, b=1, a=1)
attempt("isclose(1, a=2)", math.isclose, 1, a=2)
attempt("isclose(1, 2, a=2)", math.isclose, 1, 2, a=2)
attempt("isclose(1, 2, tol=3)", math.isclose, 1, 2, tol=3)
attempt("isclose(1, 1.1, rel_tol=0.2)", math.isclose, 1, 1.1, rel_tol=0.2)
attempt("isclose 5 arguments", math.isclose, 1, 2, rel_tol=1, abs_tol=2, x=3)
attempt("isclose 3 keywords", math.isclose, a=1, b=2, c=3)
attempt("prod()", math.prod)
attempt("prod([2, 3], 4)", math.prod, [2, 3], 4)
attempt("prod([2, 3], start=4)", math.prod, [2, 3], start=4)
attempt("prod(iterable=[2])", math.prod, iterable=[2])
attempt("prod([2], iterable=[2])", math.prod, [2], iterable=[2])
attempt("prod([2], begin=1)", math.prod, [2], begin=1)

R = _random.Random
attempt("Random(1, 2)", R, 1, 2)
attempt("Random(x=1)", R, x=1)
r = R(7)
attempt("seed(1, 2)", r.seed, 1, 2)
attempt("seed(a=1)", r.seed, a=1)
attempt("random(1)", r.random, 1)
attempt("getrandbits()", r.getrandbits)
attempt("getrandbits(k=3)", r.getrandbits, k=3)
attempt("getstate(1)", r.getstate, 1)
attempt("setstate()", r.setstate)
attempt("setstate(1, 2)", r.setstate, 1, 2)
attempt("Random.random()", R.random)
attempt("Random.random(1)", R.random, 1)
attempt("Random.seed('x', 1)", R.seed, "x", 1)
r.seed(7)
print(r.getrandbits(8), R(7).getrandbits(8))
