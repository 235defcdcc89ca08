# The statistics functions keep the data's type: ints stay ints when exact, Fractions stay exact.
from fractions import Fraction
from statistics import mean, median, variance, pvariance, stdev, harmonic_mean, geometric_mean

print(mean([1, 2, 3, 4]), mean([1, 2, 3]), mean([1, 2, 3, 4.0]), mean([True, True, False]))
print(repr(mean([Fraction(1, 3), Fraction(1, 6)])), repr(variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)])))
print(variance([1, 2, 3, 4, 5]), variance([1, 3, 5, 7]), pvariance([1, 2, 3, 4]), pvariance([2, 4, 4, 4, 5, 5, 7, 9]))
print(median([3, 1, 2, 4]), median([1, 2]), median([Fraction(1, 2), Fraction(3, 4)]), median([1.5, 2.5, 3.5]))
print(mean([1e50, 1, -1e50] * 10), sum([1e50, 1, -1e50] * 10))
print(variance([0.1, 0.2, 0.3, 0.4]), stdev([0.1, 0.2, 0.3, 0.4]), pvariance([1.1, 2.2, 3.3]))
print(harmonic_mean([40, 60]), harmonic_mean([2.5, 3, 10]), harmonic_mean([60, 30], weights=[1, 2]), harmonic_mean([1, 0, 2]))
print(geometric_mean([54, 24, 36]), geometric_mean([1, 10, 100]))
print(mean([1, Fraction(1, 2)]), mean([0.5, 1]), variance(range(10)), mean(x * x for x in range(5)))
