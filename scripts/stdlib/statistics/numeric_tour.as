import math, statistics, fractions
from fractions import Fraction
print(math.sqrt(2), math.isqrt(99), math.hypot(3, 4), math.hypot(1, 2, 3), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(-0.5), round(2.675, 2))
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.copysign(3, -0.0))
print(math.degrees(math.pi), math.radians(180), math.sin(math.pi / 6), math.atan2(1, -1), math.cos(0), math.tan(math.pi / 4))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.75), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.isfinite(1e308), math.isinf(float("inf")), math.isnan(float("nan")), math.nextafter(1, 2), math.ulp(1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.exp(1000), lambda: math.comb(3, -1), lambda: math.isqrt(-1), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 9.9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.stdev(data), statistics.pstdev(data))
print(statistics.variance(data), statistics.pvariance(data), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.quantiles(data, n=4), statistics.fmean([1, 2, 3]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([1, 2, 4]))
print(statistics.multimode("aabbc"), statistics.median_grouped([1, 2, 2, 3, 4]), statistics.mean([Fraction(1, 3), Fraction(2, 3)]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]), statistics.covariance([1, 2, 3], [1, 3, 2]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
nd = statistics.NormalDist(100, 15)
print(nd, nd.cdf(130), nd.inv_cdf(0.975), nd.pdf(100), nd + 5, nd * 2, statistics.NormalDist.from_samples([1, 2, 3, 4]))
f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 6), f * 2, f / 3, f ** 2, -f, abs(-f), float(f), int(Fraction(7, 2)), round(Fraction(7, 2)))
print(Fraction("1.25"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction("3/9"), Fraction(1, -3), f.numerator, f.denominator)
print(f < 1, f == 0.75, Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(5, 2) // 1, Fraction(5, 2) % 1, f.as_integer_ratio(), math.floor(Fraction(-7, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("abc")
except ValueError as e:
    print("ValueError:", e)
print(f"{Fraction(1, 3):>10}" if False else str(Fraction(1, 3)), hash(Fraction(1, 2)) == hash(0.5), sum([Fraction(1, 10)] * 10))
print(statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 10], proportional=True), statistics.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]))
for bad in [lambda: statistics.linear_regression([1, 1], [2, 3]), lambda: statistics.covariance([1], [2]), lambda: statistics.correlation([1, 1], [1, 2]), lambda: statistics.linear_regression([1, 2], [1])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
print(statistics.LinearRegression._fields)
