# NormalDist for test scores: probabilities, percentiles, z-scores and combining distributions.
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print("P(IQ < 130) =", iq.cdf(130), " P(85..115) =", iq.cdf(115) - iq.cdf(85))
print("pdf(100) =", iq.pdf(100), " 97.5th percentile =", iq.inv_cdf(0.975))
print("quartiles", iq.quantiles(), "deciles", [round(q, 2) for q in iq.quantiles(10)])
print("z(145) =", iq.zscore(145))
std = NormalDist()
print([round(std.inv_cdf(p), 6) for p in (0.001, 0.025, 0.5, 0.9, 0.999999)])
print(std + NormalDist(1, 2), iq * 2, iq / 3, iq - 10, 5 + std, -iq, iq == NormalDist(100.0, 15.0))
sample = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(sample, sample.samples(4, seed=1))
for bad in (lambda: NormalDist(0, -1), lambda: std.inv_cdf(0), lambda: NormalDist(5, 0).cdf(1), lambda: NormalDist.from_samples([1])):
    try:
        bad()
    except StatisticsError as e:
        print(type(e).__name__, e)
