# Integer number theory and rounding in a billing report.
import math

print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.isqrt(10 ** 30 + 12345), math.factorial(25), math.comb(52, 5), math.perm(10, 3), math.perm(6))
print(math.prod(range(1, 11)), math.prod([1.5, 2, 4]), math.prod([], start=7))
for price in [19.99, -2.5, 7.0, 1e20]:
    print(price, math.floor(price), math.ceil(price), math.trunc(price), math.modf(price), math.frexp(price))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.fmod(-7, 3), -7 % 3, math.remainder(10, 4), math.copysign(2, -0.0), math.fabs(-3))
print(math.ldexp(0.75, 4), math.nextafter(1.0, 0.0), math.ulp(1e10), math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1, 1.1, rel_tol=0.2), math.isclose(1e-12, 0, abs_tol=1e-9))
print(math.log(8, 2), math.log(10 ** 500), math.log2(10 ** 300), math.log10(0.001), math.log1p(1e-15))
print(math.exp(2), math.expm1(1e-10), math.exp2(0.5), math.pow(2, -1), math.sqrt(1e-300), math.cbrt(-8))
print(math.erf(1), math.erfc(1), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
