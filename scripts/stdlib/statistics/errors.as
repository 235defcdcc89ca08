# Every StatisticsError a careless caller can hit, and the type errors for bad data.
import statistics
from fractions import Fraction
from statistics import StatisticsError

calls = [
    ("mean of nothing", lambda: statistics.mean([])),
    ("fmean of nothing", lambda: statistics.fmean([])),
    ("variance of one", lambda: statistics.variance([5])),
    ("stdev of one", lambda: statistics.stdev([5])),
    ("pvariance of nothing", lambda: statistics.pvariance([])),
    ("pstdev of nothing", lambda: statistics.pstdev([])),
    ("median of nothing", lambda: statistics.median([])),
    ("mode of nothing", lambda: statistics.mode([])),
    ("quantiles of one", lambda: statistics.quantiles([1])),
    ("quantiles n=0", lambda: statistics.quantiles([1, 2, 3], n=0)),
    ("quantiles method", lambda: statistics.quantiles([1, 2, 3], method="median")),
    ("harmonic negative", lambda: statistics.harmonic_mean([1, -2])),
    ("harmonic empty", lambda: statistics.harmonic_mean([])),
    ("geometric zero", lambda: statistics.geometric_mean([0, 4])),
    ("weights length", lambda: statistics.fmean([1, 2], weights=[1])),
    ("strings", lambda: statistics.mean(["1", "2"])),
    ("mixed types", lambda: statistics.mean([1.5, Fraction(1, 2)])),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except (StatisticsError, TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(issubclass(StatisticsError, ValueError), statistics.multimode([]))
